import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes, type ReactNode } from 'react'
import { retryAtFor } from '../query/retrySchedule.js'
import { useCountdown } from '../hooks/useCountdown.js'
import { cx, srOnly } from './dom.js'
import { useDescription } from './useDescription.js'

/**
 * Where a retry prompt stands; the only changes it announces.
 *
 * @example
 * ```tsx
 * <RetryPrompt error={error} onRetry={refetch} render={({ state }) => <Spinner hidden={state !== 'retrying'} />} />
 * ```
 */
export type RetryState = 'waiting' | 'ready' | 'retrying'

/**
 * Props of {@link RetryPrompt}: the native `<div>` props, plus these.
 *
 * @example
 * ```tsx
 * <RetryPrompt error={query.error} onRetry={() => query.refetch()} retrying={query.isFetching} />
 * ```
 */
export interface RetryPromptProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Anything thrown or a query's `error`; nothing renders for `null` or `undefined`. */
  error: unknown
  /** Runs the retry. A returned promise shows "retrying" until it settles. */
  onRetry: () => unknown
  /**
   * When a retry may start (epoch ms or a `Date`). Default: the automatic
   * retry TanStack Query scheduled for this error (see `retryDelay`), else
   * `retryAfterMs` from now.
   */
  retryAt?: number | Date
  /** A retry is under way (for example `query.isFetching`). */
  retrying?: boolean
  /**
   * While waiting: `'disable'` (default) keeps the button focusable but
   * inert (`aria-disabled`); `'explain'` lets it retry early, with the wait
   * explained beside it.
   *
   * @example
   * ```tsx
   * <RetryPrompt error={error} onRetry={refetch} mode="explain" />
   * ```
   */
  mode?: 'disable' | 'explain'
  /** Retry by itself once the wait is over. */
  autoRetry?: boolean
  /**
   * Replaces the content; keep the `retry` call on a real button.
   *
   * @example
   * ```tsx
   * <RetryPrompt error={error} onRetry={refetch} render={({ seconds, retry }) => <button onClick={retry}>Retry ({seconds})</button>} />
   * ```
   */
  render?: (prompt: { state: RetryState; seconds: number; retry: () => void }) => ReactNode
}

/**
 * A retry button with a live countdown.
 *
 * Accessibility: the countdown is shown beside the button and describes it
 * (`aria-describedby`), but is not a live region, so it is never announced
 * every second; a separate polite `role="status"` says only the state
 * (waiting, ready, retrying) when it changes. While waiting in `'disable'`
 * mode the button stays in the tab order with `aria-disabled`. No timer is
 * left once the wait is over or the prompt unmounts.
 *
 * @example
 * ```tsx
 * <RetryPrompt error={query.error} onRetry={() => query.refetch()} autoRetry />
 * ```
 */
export const RetryPrompt = forwardRef<HTMLDivElement, RetryPromptProps>(function RetryPrompt(
  { error, onRetry, retryAt, retrying, mode = 'disable', autoRetry, render, className, ...rest },
  ref,
) {
  const { t, info } = useDescription(error)
  const apiError = info?.error
  const wait = apiError?.retryAfterMs
  const { remainingMs, seconds, done } = useCountdown(retryAt ?? retryAtFor(error) ?? (wait ? { ms: wait, key: apiError } : null))
  const [pending, setPending] = useState(false)
  const id = useId()
  const state: RetryState = retrying || pending ? 'retrying' : done ? 'ready' : 'waiting'
  const blocked = state === 'retrying' || (state === 'waiting' && mode === 'disable')

  const retry = () => {
    if (blocked) return
    const result = onRetry()
    if (result instanceof Promise) {
      setPending(true)
      const settle = () => setPending(false)
      result.then(settle, settle)
    }
  }
  // Fires once per wait that ran out, not on a prompt that was ready from the start.
  const waited = useRef(false)
  useEffect(() => {
    if (!done) waited.current = true
    else if (waited.current) {
      waited.current = false
      if (autoRetry) retry()
    }
    // Only the end of a wait may retry; `retry` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done])

  if (!info) return null
  return (
    <div ref={ref} className={cx('rae-retry', className)} data-state={state} {...rest}>
      {render ? (
        render({ state, seconds, retry })
      ) : (
        <>
          <button type="button" className="rae-button" aria-disabled={blocked || undefined} aria-describedby={done ? undefined : id} onClick={retry}>
            {t('action.retry')}
          </button>
          {!done && (
            <span id={id} className="rae-retry__wait">
              {t('ui.wait', { time: t.wait(remainingMs) })}
            </span>
          )}
        </>
      )}
      <span role="status" style={srOnly}>
        {t(`ui.${state}`)}
      </span>
    </div>
  )
})
