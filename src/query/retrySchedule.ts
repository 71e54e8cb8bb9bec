import type { RetryPolicy } from '../core/index.js'

// When the next automatic attempt after a failure starts, keyed by the value
// that was thrown: TanStack Query keeps the failure (`failureReason`) but not
// the delay it chose, and a jittered delay cannot be computed again. A WeakMap
// keeps nothing alive and holds facts about immutable values, not settings.
const nextAttempt = new WeakMap<object, number>()

/**
 * Wraps a `retryDelay` so that `retryAtFor` can tell when the retry starts.
 * TanStack Query asks for the delay before it asks whether to retry at all,
 * so only a failure that `shouldRetry` will retry is recorded.
 */
export function trackRetryDelay(retryDelay: RetryPolicy['retryDelay'], shouldRetry: RetryPolicy['shouldRetry']) {
  return (failureCount: number, error: unknown): number => {
    const delay = retryDelay(failureCount, error)
    if (typeof error === 'object' && error !== null && shouldRetry(failureCount, error)) nextAttempt.set(error, Date.now() + delay)
    return delay
  }
}

/** The time the retry after this failure starts, if a tracked `retryDelay` chose it. */
export function retryAtFor(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? nextAttempt.get(error) : undefined
}
