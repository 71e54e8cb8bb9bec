import { useCallback } from 'react'
import type { ApiError } from '../core/index.js'
import { retryAtFor } from './retrySchedule.js'
import { useApiError } from '../hooks/useApiError.js'
import { useCountdown } from '../hooks/useCountdown.js'

/**
 * The parts of a `useQuery`, `useSuspenseQuery`, `useInfiniteQuery` or
 * `useMutation` result that {@link useQueryError} reads.
 */
export interface QueryErrorSource {
  error: unknown
  failureReason: unknown
  failureCount: number
  isPaused: boolean
  isPending: boolean
  /** Queries: a fetch (or its retries) is under way. */
  isFetching?: boolean
  refetch?: () => unknown
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any mutation's variables
  mutate?: (variables: any) => unknown
  variables?: unknown
}

/** What the UI needs to know about a query's or mutation's failure. */
export interface QueryErrorState {
  /** The latest failure: the final error, or the one being retried. `null` when none. */
  error: ApiError | null
  /** Failed attempts so far in the current fetch or mutation. */
  attempts: number
  /** An automatic retry is waiting or running. */
  retrying: boolean
  /** When the next automatic attempt starts (epoch ms): the delay `withApiErrorDefaults` chose, else the server's `Retry-After` from when it failed. */
  retryAt: number | undefined
  /** Milliseconds until that attempt, live; 0 when none is waiting. */
  retryInMs: number
  /** Retries wait for the network to come back (offline). */
  paused: boolean
  /** Try again now: refetches the query or repeats the mutation with its variables. */
  retry: () => void
}

// Without the tracked delay (a `retryDelay` of one's own), the best guess is
// the wait the server asked for, from when the failure happened.
function askedFor(error: ApiError | null): number | undefined {
  const occurredAt = (error as { occurredAt?: unknown } | null)?.occurredAt
  if (error?.retryAfterMs === undefined || typeof occurredAt !== 'number') return undefined
  return occurredAt + error.retryAfterMs
}

/**
 * Turns a query or mutation result into what an error UI shows: the
 * `ApiError`, whether and when it is retried, the attempt count and a live
 * countdown. Re-renders its caller once a second only while a retry waits.
 *
 * @example
 * ```tsx
 * const stations = useQuery({ queryKey: ['stations'], queryFn })
 * const { error, retrying, retryInMs, retry } = useQueryError(stations)
 * if (retrying) return <p>Retrying in {Math.ceil(retryInMs / 1000)} s</p>
 * if (error) return <button onClick={retry}>Try again</button>
 * ```
 */
export function useQueryError(result: QueryErrorSource): QueryErrorState {
  const { failureReason, failureCount, refetch, mutate, variables } = result
  const error = useApiError(failureReason ?? result.error)
  const retrying = failureCount > 0 && ((result.isFetching ?? result.isPending) || result.isPaused)
  const retryAt = retrying ? (retryAtFor(failureReason) ?? askedFor(error)) : undefined
  const { remainingMs } = useCountdown(retryAt)
  const retry = useCallback(() => {
    if (refetch) void refetch()
    else void mutate?.(variables)
  }, [refetch, mutate, variables])
  return {
    error,
    attempts: failureCount,
    retrying,
    retryAt,
    retryInMs: remainingMs,
    paused: result.isPaused,
    retry,
  }
}
