import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes, type ReactNode } from 'react'
import { useCountdown } from '../hooks/useCountdown.js'
import { useQueryError } from '../query/useQueryError.js'
import { cx, srOnly } from './dom.js'
import { formatClock } from './formatClock.js'
import { asFailure, isQueryState, isRetrying, queryFailure, type QueryOrError } from './queryInput.js'
import { useDescription } from './useDescription.js'

/**
 * Where a retry prompt stands; the only changes it announces.
 *
 * @example
 * ```tsx
 * <RetryPrompt query={query} render={({ state }) => <Spinner hidden={state !== 'retrying'} />} />
 * ```
 */
export type RetryState = 'waiting' | 'ready' | 'retrying'

/**
 * What {@link RetryPrompt} (and `ErrorAlert`'s `retry` prop) take besides the
 * failure: the native `<div>` props, plus these.
 *
 * @example
 * ```tsx
 * <RetryPrompt query={query} mode="explain" autoRetry />
 * ```
 */
export interface RetryOptions extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * When a retry may start (epoch ms or a `Date`). Default: the automatic
   * retry TanStack Query scheduled (with `withApiErrorDefaults`), else
   * `retryAfterMs` from now.
   */
  retryAt?: number | Date
  /** A retry is under way. Default, with `query`: the query is fetching and no wait is left. */
  retrying?: boolean
  /**
   * While waiting: `'disable'` (default) keeps the button focusable but
   * inert (`aria-disabled`), the time left in it; `'explain'` lets it retry
   * early, with the wait explained beside it.
   *
   * @example
   * ```tsx
   * <RetryPrompt query={query} mode="explain" />
   * ```
   */
  mode?: 'disable' | 'explain'
  /** Retry by itself once the wait is over (TanStack Query's own retries need no help). */
  autoRetry?: boolean
  /**
   * Replaces the content; keep the `retry` call on a real button.
   *
   * @example
   * ```tsx
   * <RetryPrompt query={query} render={({ seconds, retry }) => <button onClick={retry}>Retry ({seconds})</button>} />
   * ```
   */
  render?: (prompt: { state: RetryState; seconds: number; retry: () => void }) => ReactNode
}

/**
 * Props of {@link RetryPrompt}: a `query` (the right input for TanStack
 * Query: its `error` is `null` while it retries), or an `error` with `onRetry`.
 *
 * @example
 * ```tsx
 * <RetryPrompt query={useQuery({ queryKey: ['stations'], queryFn })} />
 * <RetryPrompt error={uploadError} onRetry={upload} />
 * ```
 */
export type RetryPromptProps = RetryOptions &
  QueryOrError<{
    /** Runs the retry. A returned promise shows "retrying" until it settles. */
    onRetry: () => unknown
  }>

/**
 * A retry button with a live countdown: "Try again 0:28" while a wait runs,
 * a spinner and "Trying again…" while a retry runs.
 *
 * Accessibility: the clock in the button is hidden from screen readers, so
 * the button's name stays "Try again"; the wait is its description
 * (`aria-describedby`), never a live region, so it is not announced every
 * second; a separate polite `role="status"` says only the state (waiting,
 * ready, retrying) when it changes; `aria-busy` marks a retry under way.
 * While waiting in `'disable'` mode the button stays in the tab order with
 * `aria-disabled`. No timer is left once the wait is over or the prompt
 * unmounts; only the prompt re-renders, once a second.
 *
 * @example
 * ```tsx
 * const query = useQuery({ queryKey: ['stations'], queryFn })
 * <RetryPrompt query={query} />
 * ```
 */
export const RetryPrompt = forwardRef<HTMLDivElement, RetryPromptProps>(function RetryPrompt(
  { error, query, onRetry, retryAt, retrying, mode = 'disable', autoRetry, render, className, ...rest },
  ref,
) {
  const state = query && isQueryState(query) ? query : undefined
  const source = query && !isQueryState(query) ? query : undefined
  // Ticks only while TanStack Query waits to retry; idle for a plain error.
  const facts = useQueryError(source ?? asFailure(query ? null : error))
  const live = state ?? facts
  const { t, info } = useDescription(query ? queryFailure(query) : error)
  const apiError = info?.error
  const wait = apiError?.retryAfterMs
  const scheduled = retryAt === undefined && live.retrying && live.retryAt !== undefined
  // One clock at a time: TanStack Query's schedule, else ours.
  const own = useCountdown(scheduled ? null : (retryAt ?? (wait ? { ms: wait, key: apiError } : null)))
  // The policy adds up to a second of jitter to a Retry-After: count the
  // server's wait, and show "retrying" while the jitter passes.
  const serverEnd = apiError && wait !== undefined ? apiError.occurredAt + wait : undefined
  const jitter = scheduled && serverEnd !== undefined ? Math.max(0, +live.retryAt! - serverEnd) : 0
  const remainingMs = scheduled ? Math.max(0, live.retryInMs - jitter) : own.remainingMs
  const done = remainingMs <= 0
  const [pending, setPending] = useState(false)
  const id = useId()
  const fetching = state ? state.retrying : source ? (source.isFetching ?? source.isPending) || isRetrying(source) : false
  const busy = Boolean((retrying ?? (fetching && done)) || pending)
  const stage: RetryState = busy ? 'retrying' : done ? 'ready' : 'waiting'
  const waiting = stage === 'waiting'
  // In 'disable' mode the clock shows the wait; the sentence, units spelled out, is for screen readers.
  const disabled = waiting && mode === 'disable'
  const blocked = busy || disabled
  const retry = () => {
    if (blocked) return
    const result = onRetry ? onRetry() : live.retry()
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
      if (autoRetry && !fetching) retry()
    }
    // Only the end of a wait may retry; `retry` is a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done])

  if (!info) return null
  const label = info.labels.retry ?? t('action.retry')
  return (
    <div ref={ref} className={cx('rae-retry', className)} data-state={stage} aria-busy={busy || undefined} {...rest}>
      {render ? (
        render({ state: stage, seconds: Math.ceil(remainingMs / 1000), retry })
      ) : (
        <>
          <button type="button" className="rae-button rae-button--primary" aria-disabled={blocked || undefined} aria-describedby={waiting ? id : undefined} onClick={retry}>
            {busy && <span className="rae-spinner" aria-hidden="true" />}
            {busy ? t('ui.retrying') : label}
            {disabled && (
              <span className="rae-retry__clock" aria-hidden="true" suppressHydrationWarning>
                {formatClock(remainingMs)}
              </span>
            )}
          </button>
          {waiting && (
            // Both read the clock: a page hydrated a moment after the server rendered it shows a second less.
            <span id={id} className="rae-retry__wait" style={disabled ? srOnly : undefined} suppressHydrationWarning>
              {t('ui.wait', { time: t.duration(remainingMs, disabled ? 'long' : 'short') })}
            </span>
          )}
        </>
      )}
      <span role="status" style={srOnly}>
        {t(`ui.${stage}`)}
      </span>
    </div>
  )
})
