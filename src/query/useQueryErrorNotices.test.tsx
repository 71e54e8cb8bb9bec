import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { toApiError } from '../core/index.js'
import { subscribeToQueryErrors, type QueryErrorNotice } from './subscribeToQueryErrors.js'
import { useQueryErrorNotices } from './useQueryErrorNotices.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

const url = 'http://api.test/readings'
let status = 503
const getJson = async () => {
  const response = await fetch(url, { method: 'GET' })
  if (!response.ok) throw await toApiError(response)
  return response.json() as Promise<unknown>
}

function setup() {
  status = 503
  server.use(http.all(url, () => (status < 400 ? HttpResponse.json([]) : new HttpResponse('down', { status }))))
  const client = new QueryClient(withApiErrorDefaults({ defaultOptions: { queries: { throwOnError: false } } }, { policy: { random: () => 0.01 } }))
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return { client, wrapper }
}

describe('subscribeToQueryErrors', () => {
  it('tells once per failing query: not per retry, not per component, not per refetch while it keeps failing', async () => {
    const { client, wrapper } = setup()
    const notices: QueryErrorNotice[] = []
    const stop = subscribeToQueryErrors(client, (notice) => notices.push(notice))
    const useReadings = () => useQuery({ queryKey: ['readings'], queryFn: getJson })
    const { result } = renderHook(() => [useReadings(), useReadings(), useReadings()], { wrapper })
    await waitFor(() => expect(result.current[0]!.isError).toBe(true))
    expect(result.current[0]!.failureCount).toBe(4)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ hasData: false, error: { category: 'unavailable' } })
    expect(notices[0]!.query?.queryKey).toEqual(['readings'])
    await act(() => client.refetchQueries({ queryKey: ['readings'] }))
    expect(notices).toHaveLength(1)

    // Recovered, then failing again: a new notice, flagged as having data.
    status = 200
    await act(() => client.refetchQueries({ queryKey: ['readings'] }))
    status = 503
    await act(() => client.refetchQueries({ queryKey: ['readings'] }))
    expect(notices).toHaveLength(2)
    expect(notices[1]!.hasData).toBe(true)
    stop()
    status = 200
    await act(() => client.refetchQueries({ queryKey: ['readings'] }))
    status = 503
    await act(() => client.refetchQueries({ queryKey: ['readings'] }))
    expect(notices).toHaveLength(2)
  })

  it('tells once per failed mutation and never for a cancel', async () => {
    const { client, wrapper } = setup()
    const notices: QueryErrorNotice[] = []
    subscribeToQueryErrors(client, (notice) => notices.push(notice))
    const { result } = renderHook(() => useMutation({ mutationFn: () => fetch(url, { method: 'POST' }).then(async (response) => {
      if (!response.ok) throw await toApiError(response)
    }) }), { wrapper })
    await act(() => result.current.mutateAsync().catch(() => null))
    await act(() => result.current.mutateAsync().catch(() => null))
    expect(notices.map((notice) => notice.mutation !== undefined)).toEqual([true, true])

    const cancelled = client.fetchQuery({ queryKey: ['slow'], queryFn: ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')))) })
    await client.cancelQueries({ queryKey: ['slow'] })
    await cancelled.catch(() => null)
    expect(notices).toHaveLength(2)
  })
})

describe('useQueryErrorNotices', () => {
  it('lists one notice per failing query for toasts, and dismisses them', async () => {
    const { wrapper } = setup()
    function Toasts() {
      const { notices, dismiss } = useQueryErrorNotices()
      return (
        <ul>
          {notices.map((notice) => (
            <li key={notice.id}>
              {notice.error.category}
              <button onClick={() => dismiss(notice.id)}>dismiss</button>
            </li>
          ))}
        </ul>
      )
    }
    function Page() {
      useQuery({ queryKey: ['a'], queryFn: getJson })
      useQuery({ queryKey: ['a'], queryFn: getJson })
      useQuery({ queryKey: ['b'], queryFn: getJson })
      return null
    }
    render(<><Toasts /><Page /></>, { wrapper })
    // Three retries each first: room for a loaded machine.
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2), { timeout: 3000 })
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('unavailable')
    act(() => screen.getAllByRole('button', { name: 'dismiss' })[0]!.click())
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
  })

  it('keeps only what the filter accepts, at most `limit`', async () => {
    const { client, wrapper } = setup()
    const { result } = renderHook(() => useQueryErrorNotices({ limit: 2, filter: (notice) => notice.query !== undefined }), { wrapper })
    await act(async () => {
      for (const key of ['a', 'b', 'c']) await client.fetchQuery({ queryKey: [key], queryFn: getJson, retry: false }).catch(() => null)
      await client.getMutationCache().build(client, { mutationFn: getJson }).execute(undefined).catch(() => null)
    })
    expect(result.current.notices.map((notice) => notice.query?.queryKey[0])).toEqual(['b', 'c'])
  })
})
