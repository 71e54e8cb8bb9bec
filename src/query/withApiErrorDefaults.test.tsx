import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { shouldRetry, toApiError, type ApiError } from '../core/index.js'
import { retryAtFor } from './retrySchedule.js'
import { useQueryError } from './useQueryError.js'
import { withApiErrorDefaults, type ApiErrorDefaultsOptions } from './withApiErrorDefaults.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

const url = 'http://api.test/meters'
async function getJson(): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw await toApiError(response)
  return response.json()
}

/** Answers each request with the next status (the last one repeats), recording when each arrived. */
function serve(...statuses: { status: number; headers?: Record<string, string> }[]) {
  const times: number[] = []
  server.use(
    http.get(url, () => {
      const { status, headers } = statuses[Math.min(times.length, statuses.length - 1)]!
      times.push(Date.now())
      return status < 400 ? HttpResponse.json({ ok: true }) : HttpResponse.json({ error: 'failed' }, { status, headers })
    }),
  )
  return times
}

function setup(options?: ApiErrorDefaultsOptions, config?: ConstructorParameters<typeof QueryClient>[0]) {
  const client = new QueryClient(withApiErrorDefaults(config, options))
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return { client, wrapper }
}

const gaps = (times: number[]) => times.slice(1).map((time, index) => time - times[index]!)

describe('withApiErrorDefaults', () => {
  it('surfaces a 404 after one attempt, at once', async () => {
    const times = serve({ status: 404 })
    const { wrapper } = setup()
    const started = Date.now()
    const { result } = renderHook(() => useQuery({ queryKey: ['m'], queryFn: getJson, throwOnError: false }), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect((result.current.error as ApiError).category).toBe('not_found')
    expect(times).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('retries a 503 three times with growing delays', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const times = serve({ status: 503 })
    // Full jitter: each delay is a share of 1 s, 2 s, 4 s; a fixed share shows the growth.
    const { wrapper } = setup({ policy: { random: () => 0.9 } })
    const { result } = renderHook(() => useQuery({ queryKey: ['m'], queryFn: getJson, throwOnError: false }), { wrapper })
    await act(() => vi.advanceTimersByTimeAsync(8000))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(times).toHaveLength(4)
    const [first, second, third] = gaps(times)
    expect(first).toBeGreaterThanOrEqual(900)
    expect(second).toBeGreaterThanOrEqual(1800)
    expect(third).toBeGreaterThanOrEqual(3600)
    expect(third! - 3600).toBeLessThan(100)
    // Given up: no retry is announced for the final error.
    expect(retryAtFor(result.current.error)).toBeUndefined()
  })

  it('jitters the delays so that clients failing together do not return together', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const times = new Map<string, number[]>()
    server.use(
      http.get('http://api.test/client/:id', ({ params }) => {
        const id = String(params.id)
        times.set(id, [...(times.get(id) ?? []), Date.now()])
        return new HttpResponse('down', { status: 503 })
      }),
    )
    const { client } = setup()
    const queries = Array.from({ length: 20 }, (_, id) =>
      client
        .fetchQuery({
          queryKey: ['client', id],
          queryFn: async () => {
            const response = await fetch(`http://api.test/client/${id}`)
            if (!response.ok) throw await toApiError(response)
            return response.json() as Promise<unknown>
          },
        })
        .catch((error: unknown) => error),
    )
    await vi.advanceTimersByTimeAsync(8000)
    await Promise.all(queries)
    const firstGaps = [...times.values()].map((each) => gaps(each))
    for (const [one, two, three] of firstGaps) {
      expect(one).toBeLessThan(1000 + 50)
      expect(two).toBeLessThan(2000 + 50)
      expect(three).toBeLessThan(4000 + 50)
    }
    expect(new Set(firstGaps.map((each) => Math.round(each[0]! / 10))).size).toBeGreaterThan(10)
  })

  it('waits at least Retry-After before repeating a 429', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const times = serve({ status: 429, headers: { 'Retry-After': '3' } }, { status: 200 })
    const { wrapper } = setup()
    const { result } = renderHook(() => useQuery({ queryKey: ['m'], queryFn: getJson }), { wrapper })
    await act(() => vi.advanceTimersByTimeAsync(2900))
    expect(times).toHaveLength(1)
    await act(() => vi.advanceTimersByTimeAsync(500))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(times).toHaveLength(2)
    expect(gaps(times)[0]).toBeGreaterThanOrEqual(3000)
    expect(gaps(times)[0]).toBeLessThanOrEqual(3300 + 50)
  })

  it('does not wait out a Retry-After beyond the cap', async () => {
    const times = serve({ status: 503, headers: { 'Retry-After': '120' } })
    const { wrapper } = setup()
    const { result } = renderHook(() => useQueryError(useQuery({ queryKey: ['m'], queryFn: getJson, throwOnError: false })), { wrapper })
    await waitFor(() => expect(result.current.error?.retryAfterMs).toBe(120_000))
    expect(result.current.retrying).toBe(false)
    expect(times).toHaveLength(1)
  })
})

describe('withApiErrorDefaults for mutations', () => {
  it('does not repeat a POST that the server may have acted on', async () => {
    let posts = 0
    server.use(http.post(url, () => (posts++, new HttpResponse('oops', { status: 500 }))))
    const { wrapper } = setup({ policy: { random: () => 0 } })
    const { result } = renderHook(() => useMutation({ mutationFn: async () => {
      const response = await fetch(url, { method: 'POST' })
      if (!response.ok) throw await toApiError(response)
    } }), { wrapper })
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(posts).toBe(1)
  })

  it('repeats a mutation opted in with the query policy', async () => {
    let puts = 0
    server.use(http.put(url, () => (++puts === 1 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json({ saved: true }))))
    const { wrapper } = setup()
    const { result } = renderHook(() => useMutation({
      mutationFn: async () => {
        const response = await fetch(url, { method: 'PUT' })
        if (!response.ok) throw await toApiError(response)
        return response.json() as Promise<unknown>
      },
      retry: shouldRetry,
      retryDelay: 1,
    }), { wrapper })
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(puts).toBe(2)
  })

  it('repeats a mutation whose request never left', async () => {
    let posts = 0
    server.use(http.post(url, () => (++posts === 1 ? HttpResponse.error() : HttpResponse.json({ saved: true }))))
    const { wrapper } = setup({ policy: { random: () => 0 } })
    const { result } = renderHook(() => useMutation({ mutationFn: async () => {
      const response = await fetch(url, { method: 'POST' })
      if (!response.ok) throw await toApiError(response)
      return response.json() as Promise<unknown>
    } }), { wrapper })
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(posts).toBe(2)
  })
})
