// ErrorAlert and RetryPrompt handed a TanStack Query result (`query={query}`):
// while the library's retry policy waits, `query.error` is still null and the
// failure is in `failureReason`; the components show it, with the countdown
// to the retry the query scheduled, and recover when a retry succeeds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { toApiError } from '../core/index.js'
import { en } from '../messages/en.js'
import { useQueryError } from '../query/useQueryError.js'
import { withApiErrorDefaults } from '../query/withApiErrorDefaults.js'
import { ErrorAlert } from './ErrorAlert.js'
import { RetryPrompt } from './RetryPrompt.js'

const retryButton = () => screen.getByRole('button', { name: en['action.retry'] })

/** A server that answers each call with the next response of `script`, then 200s. */
function scripted(...script: (() => Response)[]) {
  const calls = { count: 0 }
  const queryFn = async () => {
    const next = script[calls.count++]
    const response = next ? next() : Response.json(['Kew', 'Leyton'])
    if (!response.ok) throw await toApiError(response)
    return (await response.json()) as string[]
  }
  return { calls, queryFn }
}

function withClient(children: ReactNode) {
  const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5 } }))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

function Stations({ queryFn, as }: { queryFn: () => Promise<string[]>; as: 'alert' | 'prompt' | 'state' }) {
  const query = useQuery({ queryKey: ['stations'], queryFn })
  if (query.isSuccess) return <p>{query.data.join(', ')}</p>
  if (as === 'prompt') return <RetryPrompt query={query} />
  return as === 'alert' ? <ErrorAlert query={query} /> : <StateAlert query={query} />
}

// The other accepted input: the state `useQueryError` made.
function StateAlert({ query }: { query: Parameters<typeof useQueryError>[0] }) {
  return <ErrorAlert query={useQueryError(query)} />
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ErrorAlert and RetryPrompt given a query', () => {
  it('show a 404 after one request, and do not ask again', async () => {
    const { calls, queryFn } = scripted(() => new Response(null, { status: 404 }))
    const { container } = render(withClient(<Stations queryFn={queryFn} as="alert" />))
    expect(await screen.findByRole('heading', { name: en['not_found.title'] })).toBeInTheDocument()
    expect(calls.count).toBe(1)
    // A 404 is not retried, so the alert offers no retry either.
    expect(screen.queryByRole('button', { name: en['action.retry'] })).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(calls.count).toBe(1)
    vi.useRealTimers()
    await expectNoAxeViolations(container)
  })

  it.each(['alert', 'prompt', 'state'] as const)('count down a 429 with Retry-After: 3 while the query waits, then recover (%s)', async (as) => {
    const { calls, queryFn } = scripted(() => new Response('slow down', { status: 429, headers: { 'retry-after': '3' } }))
    render(withClient(<Stations queryFn={queryFn} as={as} />))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(calls.count).toBe(1)
    if (as !== 'prompt') expect(screen.getByRole('heading')).toHaveTextContent(en['rate_limited.title'])
    expect(retryButton()).toHaveTextContent('0:03')
    expect(retryButton()).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(en['ui.waiting'])
    // The policy's jitter (under 1 s here) shifts when the seconds tick, never what they read.
    await act(() => vi.advanceTimersByTimeAsync(1500))
    expect(retryButton()).toHaveTextContent('0:02')
    await act(() => vi.advanceTimersByTimeAsync(2100))
    expect(await screen.findByText('Kew, Leyton')).toBeInTheDocument()
    expect(calls.count).toBe(2)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('show "Trying again…" while the scheduled retry runs', async () => {
    let answer = (_: Response) => {}
    const queryFn = vi.fn(async () => {
      const response = queryFn.mock.calls.length === 1 ? new Response(null, { status: 503, headers: { 'retry-after': '1' } }) : await new Promise<Response>((resolve) => (answer = resolve))
      if (!response.ok) throw await toApiError(response)
      return (await response.json()) as string[]
    })
    render(withClient(<Stations queryFn={queryFn} as="alert" />))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(screen.getByRole('heading')).toHaveTextContent(en['unavailable.title'])
    await act(() => vi.advanceTimersByTimeAsync(1100))
    expect(queryFn).toHaveBeenCalledTimes(2)
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(en['ui.retrying'])
    expect(screen.getByRole('button', { name: en['ui.retrying'] }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
    await act(async () => answer(Response.json(['Kew'])))
    expect(await screen.findByText('Kew')).toBeInTheDocument()
  })

  it('repeat a failed mutation with its variables', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const save = vi.fn(async (name: string) => {
      if (name) throw await toApiError(new Response(null, { status: 502 }))
      return name
    })
    function Save() {
      const mutation = useMutation({ mutationFn: save, retry: false })
      return (
        <>
          <button type="button" onClick={() => mutation.mutate('Kew')}>Save</button>
          <ErrorAlert query={mutation} />
        </>
      )
    }
    render(withClient(<Save />))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.click(await screen.findByRole('button', { name: en['action.retry'] }))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(save).toHaveBeenCalledTimes(2)
    expect(save.mock.calls[1]?.[0]).toBe('Kew')
  })
})
