import type { QueryErrorSource, QueryErrorState } from '../query/useQueryError.js'

/**
 * What the `query` prop of `ErrorAlert` and `RetryPrompt` takes: a `useQuery`
 * / `useMutation` result as it is, or the state `useQueryError` made of one.
 *
 * @example
 * ```tsx
 * const stations = useQuery({ queryKey: ['stations'], queryFn })
 * <ErrorAlert query={stations} />
 * ```
 */
export type QueryInput = QueryErrorSource | QueryErrorState

/**
 * The failure a component shows, as one of two props, never both: a `query`
 * (the right input with TanStack Query: its `error` is `null` while it
 * retries) or an `error`. `ErrorForm` says how the `error` form takes
 * `onRetry` (a prompt needs it; an alert offers "Try again" only with it).
 *
 * @example
 * ```ts
 * type Props = QueryOrError<{ onRetry: () => unknown }>
 * ```
 */
export type QueryOrError<ErrorForm extends { onRetry?: () => unknown }> =
  | {
      /**
       * A `useQuery` / `useMutation` result, or `useQueryError(result)`:
       * shows the failure being retried and the countdown to the retry
       * TanStack Query scheduled, then the final one; "Try again" refetches
       * (or repeats the mutation).
       */
      query: QueryInput
      error?: never
      /** Replaces the query's own refetch. */
      onRetry?: () => unknown
    }
  | ({
      /** Anything thrown; nothing renders for `null` or `undefined`. With TanStack Query, pass `query` instead. */
      error: unknown
      query?: never
    } & ErrorForm)

/** Whether `useQueryError` made it (it has a live `retryInMs`), rather than TanStack Query. */
export const isQueryState = (query: QueryInput): query is QueryErrorState => 'retryInMs' in query && typeof query.retry === 'function'

/**
 * The failure a query shows: the one TanStack Query is retrying
 * (`failureReason`; its `error` stays `null` until the last attempt), else the
 * final `error`, which stays while a manual refetch runs.
 */
export const queryFailure = (query: QueryInput): unknown => (isQueryState(query) ? query.error : (query.failureReason ?? query.error))

/** An automatic retry is waiting or running: the same rule `useQueryError` applies. */
export const isRetrying = (query: QueryInput): boolean =>
  isQueryState(query) ? query.retrying : query.failureCount > 0 && ((query.isFetching ?? query.isPending) || query.isPaused)

// What a prompt given only an error hands `useQueryError`: the error as a
// failure that may have a retry scheduled, so a `failureReason` passed as
// `error` still finds the time TanStack Query chose.
export const asFailure = (error: unknown): QueryErrorSource => ({ error: null, failureReason: error, failureCount: error == null ? 0 : 1, isPaused: false, isPending: true })
