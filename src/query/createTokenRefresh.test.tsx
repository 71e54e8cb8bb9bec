import { QueryClient, QueryClientProvider, useQueries } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { toApiError, type ApiError } from '../core/index.js'
import { createTokenRefresh } from './createTokenRefresh.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

/** An API that accepts only the current token, counting requests and refreshes. */
function api(options: { refresh?: 'works' | 'fails' | 'hangs' | 'useless'; status?: number } = {}) {
  const state = { token: 'old', requests: 0, refreshes: 0 }
  server.use(
    http.get('http://api.test/stations/:id', async ({ request }) => {
      state.requests++
      await delay(5)
      if (options.status) return HttpResponse.json({ error: 'nope' }, { status: options.status })
      return request.headers.get('authorization') === `Bearer ${state.token}` && state.token !== 'old'
        ? HttpResponse.json({ ok: true })
        : HttpResponse.json({ error: 'token expired' }, { status: 401 })
    }),
  )
  let current = 'old'
  const refresh = async () => {
    state.refreshes++
    if (options.refresh === 'hangs') return new Promise(() => {})
    await delay(20)
    if (options.refresh === 'fails') throw new Error('refresh token revoked')
    if (options.refresh === 'useless') return
    state.token = current = 'new'
  }
  const authFetch = (url: string) => fetch(url, { headers: { authorization: `Bearer ${current}` } })
  const signIn = (token: string) => void (state.token = current = token)
  return { state, refresh, authFetch, signIn }
}

function station(request: (url: string) => Promise<Response>) {
  return async (id: number) => {
    const response = await request(`http://api.test/stations/${id}`)
    if (!response.ok) throw await toApiError(response)
    return response.json() as Promise<unknown>
  }
}

function useMany(count: number, queryFn: (id: number) => Promise<unknown>) {
  return useQueries({ queries: Array.from({ length: count }, (_, id) => ({ queryKey: ['station', id], queryFn: () => queryFn(id), throwOnError: false })) })
}

/** A client whose one sign-out latch reports to `onUnauthenticated`. */
function setup(onUnauthenticated?: (error: ApiError) => void) {
  const client = new QueryClient(withApiErrorDefaults({}, { onUnauthenticated }))
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return { client, wrapper }
}

describe('createTokenRefresh', () => {
  it('refreshes once for 100 queries that get 401 together, and repeats each once', async () => {
    const { state, refresh, authFetch } = api()
    const onUnauthenticated = vi.fn()
    const withTokenRefresh = createTokenRefresh({ refresh })
    const { wrapper } = setup(onUnauthenticated)
    const { result } = renderHook(() => useMany(100, station(withTokenRefresh(authFetch))), { wrapper })
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true), { timeout: 5000 })
    expect(state.refreshes).toBe(1)
    expect(state.requests).toBe(200)
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('fails every query with its 401 when the refresh fails: the client signs out once, and nothing more is sent', async () => {
    const { state, refresh, authFetch } = api({ refresh: 'fails' })
    const onUnauthenticated = vi.fn()
    const withTokenRefresh = createTokenRefresh({ refresh })
    const { wrapper } = setup(onUnauthenticated)
    const { result } = renderHook(() => useMany(100, station(withTokenRefresh(authFetch))), { wrapper })
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true), { timeout: 5000 })
    expect(state.refreshes).toBe(1)
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
    expect((onUnauthenticated.mock.calls[0]![0] as ApiError).status).toBe(401)
    expect((result.current[0]!.error as ApiError).category).toBe('unauthenticated')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(state.requests).toBe(100)
  })

  it('stops after one repeat when the refreshed token is still refused', async () => {
    const { state, refresh, authFetch } = api({ refresh: 'useless' })
    const onUnauthenticated = vi.fn()
    const withTokenRefresh = createTokenRefresh({ refresh })
    const { wrapper } = setup(onUnauthenticated)
    const { result } = renderHook(() => useMany(10, station(withTokenRefresh(authFetch))), { wrapper })
    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true))
    expect(state).toMatchObject({ refreshes: 1, requests: 20 })
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('bounds a refresh that hangs', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { state, refresh, authFetch } = api({ refresh: 'hangs' })
    const get = station(createTokenRefresh({ refresh, timeoutMs: 3000 })(authFetch))
    const outcome = Promise.allSettled([get(1), get(2)])
    await vi.advanceTimersByTimeAsync(3100)
    const [first] = await outcome
    expect(first).toMatchObject({ status: 'rejected', reason: { category: 'unauthenticated' } })
    expect(state).toMatchObject({ refreshes: 1, requests: 2 })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('takes resolved data as data, even data with a status field', async () => {
    const { state, refresh } = api()
    const payload = { status: 401, message: 'a record about a 401, not a 401' }
    await expect(createTokenRefresh({ refresh })(() => Promise.resolve(payload))()).resolves.toBe(payload)
    expect(state.refreshes).toBe(0)
  })

  it('never refreshes on a 403', async () => {
    const { state, refresh, authFetch } = api({ status: 403 })
    const get = station(createTokenRefresh({ refresh })(authFetch))
    await expect(get(1)).rejects.toMatchObject({ category: 'forbidden' })
    expect(state).toMatchObject({ refreshes: 0, requests: 1 })
  })

  it('repeats without refreshing again a request that left before the last refresh ended', async () => {
    const { state, refresh, authFetch } = api()
    const withTokenRefresh = createTokenRefresh({ refresh })
    const get = station(withTokenRefresh(authFetch))
    // The slow one leaves with the old token and comes back after the refresh is done.
    const slow = station(withTokenRefresh(async (url: string) => {
      const sent = authFetch(url)
      await new Promise((resolve) => setTimeout(resolve, 80))
      return sent
    }))
    await Promise.all([get(1), slow(2)])
    expect(state.refreshes).toBe(1)
    expect(state.requests).toBe(4)
  })

  it('works on a function that throws, refreshes nothing after giving up, and refreshes again once signed in anew', async () => {
    const { state, refresh, authFetch, signIn } = api({ refresh: 'fails' })
    const get = createTokenRefresh({ refresh })(station(authFetch))
    await expect(get(1)).rejects.toMatchObject({ status: 401 })
    // Given up: the next 401 fails at once, without another refresh.
    await expect(get(2)).rejects.toMatchObject({ status: 401 })
    expect(state.refreshes).toBe(1)
    // The user signs in again; a success re-arms the refresh for the next expiry.
    signIn('fresh')
    await expect(get(3)).resolves.toEqual({ ok: true })
    state.token = 'rotated'
    await expect(get(4)).rejects.toMatchObject({ status: 401 })
    expect(state.refreshes).toBe(2)
  })
})
