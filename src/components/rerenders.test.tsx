// While a countdown runs, only the prompt re-renders, at most once a second;
// the component that renders it (the app's) not at all. Measured with React's
// Profiler (the prompt's commits) and a render counter (the parent's).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { ApiError, toApiError } from '../core/index.js'
import { withApiErrorDefaults } from '../query/withApiErrorDefaults.js'
import { ErrorAlert } from './ErrorAlert.js'
import { RetryPrompt } from './RetryPrompt.js'

const counts = { prompt: 0, parent: 0 }
// Called as the parent renders: a count of its renders, whatever commits.
const renderedParent = () => void counts.parent++
const reset = () => Object.assign(counts, { prompt: 0, parent: 0 })
const Measured = ({ children }: { children: ReactNode }) => <Profiler id="prompt" onRender={() => void counts.prompt++}>{children}</Profiler>

// In steps of 100 ms, each its own act(): two commits within a second would
// both count (one act() over the whole time would batch them into one).
async function runFor(ms: number) {
  for (let t = 0; t < ms; t += 100) await act(() => vi.advanceTimersByTimeAsync(100))
}

beforeEach(() => {
  reset()
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('re-renders during a countdown', () => {
  it('an error prop: the prompt once a second, its parent never', async () => {
    const error = new ApiError({ category: 'rate_limited', status: 429, retryable: true, retryAfterMs: 10_000 })
    function Parent() {
      renderedParent()
      return (
        <Measured>
          <RetryPrompt error={error} onRetry={() => {}} />
        </Measured>
      )
    }
    render(<Parent />)
    await runFor(1500)
    reset()
    await runFor(5000)
    expect(counts.parent).toBe(0)
    expect(counts.prompt).toBeGreaterThanOrEqual(4)
    expect(counts.prompt).toBeLessThanOrEqual(5)
  })

  it.each(['RetryPrompt', 'ErrorAlert'] as const)('a query={query} %s while TanStack Query waits out a Retry-After: the prompt once a second, the query\u2019s component never', async (as) => {
    const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5 } }))
    let calls = 0
    const queryFn = async () => {
      if (calls++ === 0) throw await toApiError(new Response(null, { status: 429, headers: { 'retry-after': '8' } }))
      return 'ok'
    }
    function Parent() {
      renderedParent()
      const query = useQuery({ queryKey: ['measured'], queryFn })
      if (query.isSuccess) return <p>{query.data}</p>
      return <Measured>{as === 'RetryPrompt' ? <RetryPrompt query={query} /> : <ErrorAlert query={query} />}</Measured>
    }
    render(
      <QueryClientProvider client={client}>
        <Parent />
      </QueryClientProvider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true')
    reset()
    await runFor(5000)
    expect(counts.parent).toBe(0)
    expect(counts.prompt).toBeGreaterThanOrEqual(4)
    expect(counts.prompt).toBeLessThanOrEqual(5)
    client.clear()
  })
})
