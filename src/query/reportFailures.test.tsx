import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { setupTestServer } from '../../test/setupTestServer.js'
import { toApiError, type ApiError } from '../core/index.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'

const server = setupTestServer()

const url = 'http://api.test/meters'
async function getJson(): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw await toApiError(response)
  return response.json()
}
const serve = (status: number) =>
  server.use(http.get(url, () => (status < 400 ? HttpResponse.json({ ok: true }) : HttpResponse.json({ error: 'failed' }, { status }))))

// Cache listeners run in TanStack Query's next notification batch.
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))
const fail = (client: QueryClient, key: string) => client.fetchQuery({ queryKey: [key], queryFn: getJson, retry: false }).catch(() => null)
const mutate = (client: QueryClient) => client.getMutationCache().build(client, { mutationFn: getJson, retry: false }).execute(undefined).catch(() => null)

describe('withApiErrorDefaults reports failures', () => {
  it('once per failed fetch to onError, and a 401 once to onUnauthenticated until a success', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const onError = vi.fn()
    const onUnauthenticated = vi.fn()
    serve(503)
    const client = new QueryClient(withApiErrorDefaults({}, { onError, onUnauthenticated, policy: { random: () => 0 } }))
    const failing = client.fetchQuery({ queryKey: ['m'], queryFn: getJson }).catch(() => 'failed')
    await vi.advanceTimersByTimeAsync(100)
    expect(await failing).toBe('failed')
    await settle()
    // Three retries, one report.
    expect(onError).toHaveBeenCalledTimes(1)
    expect((onError.mock.calls[0]![0] as ApiError).category).toBe('unavailable')

    serve(401)
    await fail(client, 'a')
    await mutate(client)
    await fail(client, 'b')
    await settle()
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
    serve(200)
    await client.fetchQuery({ queryKey: ['c'], queryFn: getJson })
    await settle()
    serve(401)
    await mutate(client)
    await settle()
    expect(onUnauthenticated).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledTimes(5)
  })

  it('does not count setQueryData as the user signing in again', async () => {
    const onUnauthenticated = vi.fn()
    serve(401)
    const client = new QueryClient(withApiErrorDefaults({}, { onUnauthenticated }))
    await fail(client, 'a')
    client.setQueryData(['cached'], { ok: true })
    await fail(client, 'b')
    await settle()
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('reports once when called twice on the same caches, with the later options', async () => {
    const first = vi.fn()
    const second = vi.fn()
    serve(500)
    const config = withApiErrorDefaults(withApiErrorDefaults({}, { onError: first }), { onError: second })
    const client = new QueryClient(config)
    await fail(client, 'a')
    await mutate(client)
    await settle()
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(2)
  })

  it('leaves the callbacks of caches the app passed as they were, and calls them once', async () => {
    const queryError = vi.fn()
    const mutationError = vi.fn()
    const onError = vi.fn()
    const queryCache = new QueryCache({ onError: queryError })
    const mutationCache = new MutationCache({ onError: mutationError })
    const before = { queries: queryCache.config, mutations: mutationCache.config }
    const client = new QueryClient(withApiErrorDefaults(withApiErrorDefaults({ queryCache, mutationCache }, { onError }), { onError }))
    expect(queryCache.config).toBe(before.queries)
    expect(mutationCache.config).toBe(before.mutations)
    serve(500)
    await fail(client, 'a')
    await mutate(client)
    await settle()
    expect(queryError).toHaveBeenCalledTimes(1)
    expect(mutationError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledTimes(2)
  })

  it('keeps every default option the app set', () => {
    const retry = vi.fn(() => false)
    const config = withApiErrorDefaults({ defaultOptions: { queries: { retry, staleTime: 5000, throwOnError: true }, mutations: { retry: 1 } } }, { throwToBoundary: true })
    expect(config.defaultOptions?.queries).toMatchObject({ retry, staleTime: 5000, throwOnError: true })
    expect(config.defaultOptions?.mutations?.retry).toBe(1)
    expect(typeof config.defaultOptions?.queries?.retryDelay).toBe('function')
  })

  it('reports no cancel', async () => {
    const onError = vi.fn()
    server.use(http.get(url, async () => {
      await new Promise((resolve) => setTimeout(resolve, 200))
      return HttpResponse.json({})
    }))
    const client = new QueryClient(withApiErrorDefaults({}, { onError }))
    const pending = client.fetchQuery({ queryKey: ['slow'], queryFn: ({ signal }) => fetch(url, { signal }).then((r) => r.json()) }).catch(() => null)
    await client.cancelQueries()
    await pending
    await settle()
    expect(onError).not.toHaveBeenCalled()
  })
})
