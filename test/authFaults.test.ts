// Faults in the 401 path, through real fetch, MSW, a real QueryClient with the
// library's defaults and createTokenRefresh: whatever goes wrong, the user is
// signed out exactly once, nothing loops, and no query is left pending.
import { QueryClient, QueryObserver, focusManager, type QueryObserverResult } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { classifyError, toApiError, type ApiError } from '../src/core/index.js'
import { createTokenRefresh, type TokenRefreshOptions } from '../src/query/createTokenRefresh.js'
import { withApiErrorDefaults } from '../src/query/withApiErrorDefaults.js'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// Each test's clients and observers go with it, so that focus events reach only the next test's.
const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An API whose every request gets 401 unless it carries `valid`, counting what it sees. */
function setup(refresh: TokenRefreshOptions['refresh'], valid = 'never') {
  const seen = { requests: 0 }
  let token = 'expired'
  server.use(
    http.get('http://api.test/meters/:id', async ({ request }) => {
      seen.requests++
      await delay(10)
      return request.headers.get('authorization') === `Bearer ${valid}` ? HttpResponse.json({ ok: true }) : HttpResponse.json({ error: 'Token expired' }, { status: 401 })
    }),
  )
  const signOuts: ApiError[] = []
  const withTokenRefresh = createTokenRefresh({ refresh: () => refresh().then((next) => void (token = String(next))), timeoutMs: 300 })
  const authFetch = withTokenRefresh((url: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } }))
  // The one sign-out: the client's latch, for the 401s the refresh could not cure.
  const client = new QueryClient(withApiErrorDefaults({}, { onUnauthenticated: (error) => signOuts.push(error) }))
  client.mount()
  cleanups.push(() => client.unmount())
  const results: QueryObserverResult[] = []
  /** Starts a query as a mounted component would; its latest result lands in `results[index]`. */
  const start = (id: number) => {
    const index = results.length
    const observer = new QueryObserver(client, {
      queryKey: ['meter', id],
      queryFn: async () => {
        const response = await authFetch(`http://api.test/meters/${id}`)
        if (!response.ok) throw await toApiError(response)
        return response.json() as Promise<unknown>
      },
    })
    results.push(observer.getCurrentResult())
    cleanups.push(observer.subscribe((result) => void (results[index] = result)))
  }
  const settled = () => results.every((result) => result.status !== 'pending' && result.fetchStatus === 'idle')
  return { seen, signOuts, client, results, start, settled }
}

describe('faults in the 401 path', () => {
  it('signs out once when the refresh hangs, bounded by its timeout, and leaves no query pending', async () => {
    let refreshes = 0
    const { seen, signOuts, results, start, settled } = setup(() => (refreshes++, new Promise(() => {})))
    for (let id = 0; id < 20; id++) start(id)
    await waitFor(() => expect(settled()).toBe(true), { timeout: 3000 })
    expect(refreshes).toBe(1)
    expect(signOuts).toHaveLength(1)
    expect(seen.requests).toBe(20)
    for (const result of results) expect(classifyError(result.error).category).toBe('unauthenticated')
  })

  it('signs out once when the refresh rejects, or throws before returning a promise', async () => {
    for (const refresh of [() => Promise.reject(new Error('refresh token revoked')), () => { throw new Error('no refresh token') }]) {
      const { seen, signOuts, start, settled } = setup(refresh)
      for (let id = 0; id < 20; id++) start(id)
      await waitFor(() => expect(settled()).toBe(true), { timeout: 3000 })
      expect(signOuts).toHaveLength(1)
      expect(seen.requests).toBe(20)
    }
  })

  it('refreshes once for 401s that keep arriving while the refresh is in flight', async () => {
    let refreshes = 0
    const { seen, signOuts, results, start, settled } = setup(async () => (refreshes++, await sleep(200), 'fresh'), 'fresh')
    for (let id = 0; id < 10; id++) {
      start(id)
      await sleep(25)
    }
    await waitFor(() => expect(settled()).toBe(true), { timeout: 3000 })
    expect(refreshes).toBe(1)
    expect(signOuts).toHaveLength(0)
    expect(results.every((result) => result.status === 'success')).toBe(true)
    // A query that got 401 repeats once with the new token; one started after the refresh needs no repeat.
    expect(seen.requests).toBeGreaterThan(10)
    expect(seen.requests).toBeLessThanOrEqual(20)
  })

  it('signs out once, and loops nowhere, when the refreshed token is still refused', async () => {
    let refreshes = 0
    const { seen, signOuts, client, start, settled } = setup(async () => (refreshes++, await sleep(20), 'still-bad'))
    for (let id = 0; id < 10; id++) start(id)
    await waitFor(() => expect(settled()).toBe(true), { timeout: 3000 })
    expect(refreshes).toBe(1)
    expect(signOuts).toHaveLength(1)
    expect(seen.requests).toBe(20)

    // The user keeps coming back to the tab and pressing "Try again": each
    // request is sent once, none refreshes, nobody is signed out twice.
    for (let round = 0; round < 5; round++) {
      focusManager.setFocused(false)
      focusManager.setFocused(true)
      await client.refetchQueries()
    }
    await waitFor(() => expect(settled()).toBe(true), { timeout: 3000 })
    expect(refreshes).toBe(1)
    expect(signOuts).toHaveLength(1)
    expect(seen.requests).toBe(20 + 5 * 10)
    focusManager.setFocused(undefined)
  })
})
