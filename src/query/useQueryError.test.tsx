import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createRetryPolicy, retryDelay, shouldRetry, toApiError } from '../core/index.js'
import { trackRetryDelay } from './retrySchedule.js'
import { useQueryError } from './useQueryError.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

const url = 'http://api.test/stations'
async function getJson(input: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(input, init)
  if (!response.ok) throw await toApiError(response)
  return response.json()
}

function setup() {
  const policy = createRetryPolicy({ random: () => 0.5 })
  const client = new QueryClient({
    defaultOptions: { queries: { retry: policy.shouldRetry, retryDelay: trackRetryDelay(policy.retryDelay, policy.shouldRetry), gcTime: Infinity } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return { client, wrapper }
}

describe('useQueryError', () => {
  it('gives a 404 as a final error after one attempt, and retry() fetches again', async () => {
    let requests = 0
    server.use(http.get(url, () => (requests++, HttpResponse.json({ error: 'No such station' }, { status: 404 }))))
    const { wrapper } = setup()
    const { result } = renderHook(() => useQueryError(useQuery({ queryKey: ['s'], queryFn: () => getJson(url) })), { wrapper })
    await waitFor(() => expect(result.current.error?.category).toBe('not_found'))
    expect(result.current).toMatchObject({ attempts: 1, retrying: false, retryAt: undefined, retryInMs: 0, paused: false })
    expect(result.current.error?.message).toBe('No such station')
    expect(requests).toBe(1)
    act(() => result.current.retry())
    await waitFor(() => expect(requests).toBe(2))
  })

  it('says a retry is scheduled, when, and counts down to it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let requests = 0
    server.use(http.get(url, () => (++requests < 2 ? new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '3' } }) : HttpResponse.json([]))))
    const { wrapper } = setup()
    const started = Date.now()
    const { result } = renderHook(() => useQueryError(useQuery({ queryKey: ['s'], queryFn: () => getJson(url) })), { wrapper })
    await waitFor(() => expect(result.current.retrying).toBe(true))
    const { retryAt, retryInMs, attempts, error } = result.current
    expect(error?.category).toBe('unavailable')
    expect(attempts).toBe(1)
    // Retry-After 3 s plus half of the 300 ms jitter (random fixed at 0.5).
    expect(retryAt! - started).toBeGreaterThanOrEqual(3150)
    expect(retryAt! - started).toBeLessThan(3150 + 200)
    expect(retryInMs).toBeGreaterThan(2900)
    await act(() => vi.advanceTimersByTimeAsync(1000))
    // The countdown ticks on whole seconds: what it shows is the true wait, rounded up.
    expect(result.current.retryInMs).toBeLessThan(retryInMs)
    expect(Math.ceil(result.current.retryInMs / 1000)).toBe(Math.ceil((retryAt! - Date.now()) / 1000))
    await act(() => vi.advanceTimersByTimeAsync(2500))
    await waitFor(() => expect(result.current.error).toBeNull())
    expect(result.current).toMatchObject({ attempts: 0, retrying: false, retryInMs: 0 })
    expect(requests).toBe(2)
  })

  it('during a 429 with Retry-After, gives the failure TanStack Query keeps in failureReason, and a live countdown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let requests = 0
    server.use(http.get(url, () => (++requests < 2 ? HttpResponse.json({ error: 'Slow down' }, { status: 429, headers: { 'Retry-After': '2' } }) : HttpResponse.json([]))))
    const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0 } }))
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
    const started = Date.now()
    const { result } = renderHook(() => {
      const query = useQuery({ queryKey: ['s'], queryFn: () => getJson(url) })
      return { query, state: useQueryError(query) }
    }, { wrapper })
    await waitFor(() => expect(result.current.state.retrying).toBe(true))
    // TanStack Query keeps `error` null while it retries: the state reads failureReason.
    expect(result.current.query.error).toBeNull()
    const { error, retryAt, retryInMs } = result.current.state
    expect(error).toMatchObject({ category: 'rate_limited', retryAfterMs: 2000 })
    expect(retryAt! - started).toBeGreaterThanOrEqual(2000)
    expect(retryAt! - started).toBeLessThan(2200)
    expect(retryInMs).toBeGreaterThan(1500)
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(result.current.state.retryInMs).toBeLessThanOrEqual(retryInMs - 900)
    expect(result.current.state.retrying).toBe(true)
    await act(() => vi.advanceTimersByTimeAsync(1200))
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true))
    expect(result.current.state).toMatchObject({ error: null, retrying: false, retryAt: undefined, retryInMs: 0 })
    expect(requests).toBe(2)
  })

  it('during a 503 backoff without Retry-After, says when the jittered retry starts', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    server.use(http.get(url, () => new HttpResponse('down', { status: 503 })))
    const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5, maxRetries: 1 } }))
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
    const started = Date.now()
    const { result } = renderHook(() => useQueryError(useQuery({ queryKey: ['s'], queryFn: () => getJson(url) })), { wrapper })
    await waitFor(() => expect(result.current.retrying).toBe(true))
    expect(result.current.error).toMatchObject({ category: 'unavailable', status: 503 })
    // Half of the first 1 s backoff.
    expect(result.current.retryAt! - started).toBeGreaterThanOrEqual(500)
    expect(result.current.retryAt! - started).toBeLessThan(700)
    await act(() => vi.advanceTimersByTimeAsync(700))
    await waitFor(() => expect(result.current.retrying).toBe(false))
    expect(result.current).toMatchObject({ attempts: 2, retryAt: undefined, retryInMs: 0, error: { category: 'unavailable' } })
  })

  it('without the tracked delay, counts down to the Retry-After from when the failure happened', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    server.use(http.get(url, () => HttpResponse.json({ error: 'Slow down' }, { status: 429, headers: { 'Retry-After': '5' } })))
    const client = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } })
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
    const { result } = renderHook(() => useQueryError(useQuery({ queryKey: ['s'], queryFn: () => getJson(url) })), { wrapper })
    await waitFor(() => expect(result.current.retrying).toBe(true))
    const { error, retryAt } = result.current
    expect(retryAt).toBe(error!.occurredAt + 5000)
    expect(result.current.retryInMs).toBeGreaterThan(4000)
  })

  it('repeats a failed mutation with its variables', async () => {
    const bodies: unknown[] = []
    server.use(http.post(url, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ title: 'Conflict' }, { status: 409 }))))
    const { wrapper } = setup()
    const { result } = renderHook(
      () => {
        const mutation = useMutation({ mutationFn: (name: string) => getJson(url, { method: 'POST', body: JSON.stringify({ name }) }) })
        return { mutation, state: useQueryError(mutation) }
      },
      { wrapper },
    )
    act(() => result.current.mutation.mutate('north'))
    await waitFor(() => expect(result.current.state.error?.category).toBe('conflict'))
    expect(result.current.state.retrying).toBe(false)
    act(() => result.current.state.retry())
    await waitFor(() => expect(bodies).toEqual([{ name: 'north' }, { name: 'north' }]))
  })
})
