// `withApiErrors` at the query boundary, with real fetch, axios, ky and ofetch
// against a real server on 127.0.0.1 and a real QueryClient: whatever the
// client throws (an HTTP failure, a refused connection, a timeout), the cache
// holds an ApiError, in `error` and in every `failureReason` along the way,
// so `Register { defaultError: ApiError }` is true at runtime.
import { QueryClient, type QueryFunctionContext } from '@tanstack/react-query'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isApiError, toApiError, withApiErrorDefaults } from '../src/index.js'
import { withApiErrors } from '../src/query/withApiErrors.js'
import { cases, facts, options, startCaseServer, type CaseServer } from './clientCases.js'

let server: CaseServer
beforeAll(async () => {
  // axios runs on jsdom's XMLHttpRequest here, which needs CORS like a browser.
  server = await startCaseServer({ expose: ['retry-after', 'x-request-id'] })
})
afterAll(() => server.close())

type Get = (url: string, context: QueryFunctionContext) => Promise<unknown>

// Each client as an app would call it: its own retries off, the query's
// signal passed on, a short timeout of its own. ky has no beforeError hook:
// withApiErrors reads the body ky 1 leaves unread.
const clients: Record<string, Get> = {
  fetch: async (url, { signal }) => {
    const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(300)]) })
    if (!response.ok) throw await toApiError(response, options)
    return (await response.json()) as unknown
  },
  'fetch (throws the Response)': async (url, { signal }) => {
    const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(300)]) })
    // Some apps throw the Response itself; withApiErrors reads its body.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!response.ok) throw response
    return (await response.json()) as unknown
  },
  axios: (url, { signal }) => axios.get(url, { signal, timeout: 300 }).then((response) => response.data as unknown),
  ky: (url, { signal }) => ky.get(url, { signal, retry: 0, timeout: 300 }).json(),
  // ofetch ignores its `timeout` when given a signal: the deadline goes into the signal.
  ofetch: (url, { signal }) => ofetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(300)]), retry: 0 }),
}

/** Runs one query to its end, recording every value the cache held as `failureReason` and `error`. */
async function run(get: Get, url: string, retries = 0) {
  const client = new QueryClient(withApiErrorDefaults({}, { classify: options, policy: { maxRetries: retries, baseDelayMs: 1, random: () => 0 } }))
  const held: unknown[] = []
  client.getQueryCache().subscribe(({ query }) => {
    if (query.state.fetchFailureReason != null) held.push(query.state.fetchFailureReason)
    if (query.state.error != null) held.push(query.state.error)
  })
  await client.fetchQuery({ queryKey: [url], queryFn: withApiErrors((context) => get(url, context), options) }).catch(() => undefined)
  const error = client.getQueryState([url])?.error
  client.clear()
  return { error, held }
}

const byName = (prefix: string) => cases.findIndex((each) => each.name.startsWith(prefix))

describe.each(Object.keys(clients))('withApiErrors around %s', (name) => {
  const get = clients[name]!

  it('holds an ApiError with the facts of the response, body included', async () => {
    for (const prefix of ['problem details with field_errors', 'envelope with retry_after and', 'request-id header on a 404', 'plain-text 500']) {
      const index = byName(prefix)
      const { error, held } = await run(get, `${server.base}/case/${index}`)
      expect(isApiError(error), prefix).toBe(true)
      expect(held.every(isApiError)).toBe(true)
      const viaFetch = await toApiError(await fetch(`${server.base}/case/${index}`), options)
      expect(facts(error as never), prefix).toEqual(facts(viaFetch))
    }
  })

  it('holds ApiErrors in failureReason while it retries a 503', async () => {
    const index = byName('HTML page served as application/json')
    const { error, held } = await run(get, `${server.base}/case/${index}`, 2)
    expect(held.length).toBeGreaterThanOrEqual(3)
    expect(held.every(isApiError)).toBe(true)
    expect(error).toMatchObject({ category: 'unavailable', status: 503 })
  })

  it('holds an ApiError for a refused connection and for a timeout', async () => {
    const refused = await run(get, `http://127.0.0.1:${server.closedPort}/ok`)
    expect(isApiError(refused.error)).toBe(true)
    expect(refused.error).toMatchObject({ category: 'network' })
    const slow = await run(get, `${server.base}/slow`)
    expect(isApiError(slow.error)).toBe(true)
    expect(slow.error).toMatchObject({ category: 'timeout' })
  })
})

describe('withApiErrors', () => {
  it('passes data and arguments through', async () => {
    const save = withApiErrors((name: string, count: number) => Promise.resolve({ name, count }))
    await expect(save('north', 2)).resolves.toEqual({ name: 'north', count: 2 })
  })

  it('turns a synchronous throw and a non-Error into ApiErrors', async () => {
    const thrown = await withApiErrors(() => {
      throw new TypeError('Failed to fetch')
    })().catch((error: unknown) => error)
    expect(thrown).toMatchObject({ category: 'network' })
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what some code rejects with
    expect(isApiError(await withApiErrors(() => Promise.reject('nope'))().catch((error: unknown) => error))).toBe(true)
  })
})
