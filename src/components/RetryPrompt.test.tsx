import { afterEach, describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError } from '../core/index.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { withApiErrorDefaults } from '../query/withApiErrorDefaults.js'
import { RetryPrompt } from './RetryPrompt.js'

const limited = (seconds: number) => new ApiError({ category: 'rate_limited', status: 429, retryable: true, retryAfterMs: seconds * 1000 })
const retryButton = () => screen.getByRole('button', { name: en['action.retry'] })

afterEach(() => {
  vi.useRealTimers()
})

describe('RetryPrompt', () => {
  it('counts down from retryAfterMs, announcing only the changes of state', async () => {
    vi.useFakeTimers()
    const { container } = render(<RetryPrompt error={limited(3)} onRetry={() => {}} />)
    const status = screen.getByRole('status')
    const announced: string[] = []
    const watcher = new MutationObserver(() => announced.push(status.textContent ?? ''))
    watcher.observe(status, { subtree: true, childList: true, characterData: true })

    expect(status).toHaveTextContent(en['ui.waiting'])
    expect(retryButton()).toHaveAccessibleDescription('You can try again in 3 seconds.')
    expect(retryButton()).toHaveTextContent(`${en['action.retry']}0:03`)
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(retryButton()).toHaveAccessibleDescription('You can try again in 2 seconds.')
    expect(retryButton()).toHaveTextContent('0:02')
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(announced).toEqual([])
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(status).toHaveTextContent(en['ui.ready'])
    expect(screen.queryByText(/You can try again/)).toBeNull()
    expect(announced).toHaveLength(1)
    watcher.disconnect()
    vi.useRealTimers()
    await expectNoAxeViolations(container)
  })

  it('keeps the button focusable but inert while waiting, then retries from the keyboard', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const onRetry = vi.fn()
    render(<RetryPrompt error={limited(2)} onRetry={onRetry} />)
    await user.tab()
    expect(retryButton()).toHaveFocus()
    expect(retryButton()).toHaveAttribute('aria-disabled', 'true')
    expect(retryButton()).toHaveAccessibleDescription(/You can try again/)
    await user.keyboard('{Enter}')
    expect(onRetry).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(2000))
    expect(retryButton()).not.toHaveAttribute('aria-disabled')
    await user.keyboard('{Enter}')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('lets the app allow an early retry, with the wait explained', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { container } = render(<RetryPrompt error={limited(30)} onRetry={onRetry} mode="explain" />)
    expect(retryButton()).not.toHaveAttribute('aria-disabled')
    expect(retryButton()).toHaveAccessibleDescription('You can try again in 30 s.')
    // The early retry is allowed: no clock in the button, the sentence shows beside it.
    expect(retryButton()).toHaveTextContent(/^Try again$/)
    expect(screen.getByText('You can try again in 30 s.')).not.toHaveStyle({ position: 'absolute' })
    await user.click(retryButton())
    expect(onRetry).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(container)
  })

  it('retries by itself once the wait is over, once', async () => {
    vi.useFakeTimers()
    const onRetry = vi.fn()
    const { rerender } = render(<RetryPrompt error={limited(2)} onRetry={onRetry} autoRetry />)
    await act(() => vi.advanceTimersByTimeAsync(1999))
    expect(onRetry).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(onRetry).toHaveBeenCalledTimes(1)
    rerender(<RetryPrompt error={limited(2)} onRetry={onRetry} autoRetry retrying />)
    await act(() => vi.advanceTimersByTimeAsync(5000))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('does not retry by itself when there was nothing to wait for', async () => {
    vi.useFakeTimers()
    const onRetry = vi.fn()
    render(<RetryPrompt error={{ status: 503 }} onRetry={onRetry} autoRetry />)
    await act(() => vi.advanceTimersByTimeAsync(5000))
    expect(onRetry).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.ready'])
  })

  it('leaves no timer behind when it unmounts mid-countdown', async () => {
    vi.useFakeTimers()
    const { unmount } = render(<RetryPrompt error={limited(60)} onRetry={() => {}} />)
    await act(() => vi.advanceTimersByTimeAsync(1500))
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts down to a scheduled retry time', async () => {
    vi.useFakeTimers()
    render(<RetryPrompt error={{ status: 502 }} onRetry={() => {}} retryAt={Date.now() + 4000} />)
    expect(retryButton()).toHaveAccessibleDescription('You can try again in 4 seconds.')
    await act(() => vi.advanceTimersByTimeAsync(4000))
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.ready'])
  })

  it('says "retrying" while the promise onRetry returned is pending', async () => {
    const user = userEvent.setup()
    let finish = () => {}
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    render(<RetryPrompt error={{ status: 503 }} onRetry={onRetry} />)
    const button = retryButton()
    await user.click(button)
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.retrying'])
    // Visible, not only announced: a spinner and the words in the button, and the prompt busy.
    expect(button).toHaveTextContent(en['ui.retrying'])
    expect(button.querySelector('.rae-spinner')).toHaveAttribute('aria-hidden', 'true')
    expect(button.closest('.rae-retry')).toHaveAttribute('aria-busy', 'true')
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    expect(onRetry).toHaveBeenCalledTimes(1)
    await act(async () => finish())
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.ready'])
    expect(button.closest('.rae-retry')).not.toHaveAttribute('aria-busy')
  })

  it('speaks French, forwards its ref and takes a render override', async () => {
    const ref = createRef<HTMLDivElement>()
    const { container } = render(
      <ApiErrorsProvider messages={fr}>
        <RetryPrompt ref={ref} error={limited(5)} onRetry={() => {}} className="x" style={{ gap: 4 }} data-testid="p" />
        <RetryPrompt error={limited(5)} onRetry={() => {}} render={({ seconds, state }) => <span>{`${state} ${seconds}`}</span>} />
      </ApiErrorsProvider>,
    )
    expect(ref.current).toBe(screen.getByTestId('p'))
    expect(ref.current).toHaveClass('rae-retry', 'x')
    expect(ref.current).toHaveStyle({ gap: '4px' })
    expect(screen.getByRole('button', { name: fr['action.retry'] })).toHaveAccessibleDescription(/dans 5\s+secondes\./)
    expect(screen.getByText('waiting 5')).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })
})

describe('RetryPrompt with TanStack Query', () => {
  it('counts down to the retry the query scheduled, from its failureReason', async () => {
    const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5 } }))
    let calls = 0
    function Stations() {
      const query = useQuery({
        queryKey: ['stations'],
        queryFn: () => {
          calls++
          return Promise.reject(new ApiError({ category: 'server', status: 502, retryable: true }))
        },
      })
      return query.failureReason ? <RetryPrompt error={query.failureReason} onRetry={() => query.refetch()} mode="explain" /> : null
    }
    vi.useFakeTimers()
    render(
      <QueryClientProvider client={client}>
        <Stations />
      </QueryClientProvider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(calls).toBe(1)
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.waiting'])
    expect(retryButton()).toHaveAccessibleDescription(/You can try again in \d+ s\./)
    client.clear()
  })
})
