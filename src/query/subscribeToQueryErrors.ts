import { isCancelledError, type Mutation, type Query, type QueryClient } from '@tanstack/react-query'
import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { classifyOptionsFor } from './sharedClassify.js'

/** One failure worth telling the user about, for a toast or a log. */
export interface QueryErrorNotice {
  /** Unique within the subscription: a React key. */
  id: number
  error: ApiError
  /** The failing query, if a query failed. */
  query?: Query
  /** The failing mutation, if a mutation failed. */
  mutation?: Mutation<unknown, unknown, unknown, unknown>
  /** The query still has data on screen (a background refetch failed). */
  hasData: boolean
}

/**
 * Calls `listener` once per failing query and once per failed mutation: not
 * per retry, not per component using the query, and not again while the same
 * query keeps failing, until it has succeeded or left the cache. Cancels are
 * not failures. Returns the unsubscribe function. Classifies with `classify`
 * merged with what the client's `ApiErrorsProvider` shares.
 *
 * @example
 * ```ts
 * const stop = subscribeToQueryErrors(queryClient, ({ error }) => toast.error(describe(error)))
 * ```
 */
export function subscribeToQueryErrors(
  client: QueryClient,
  listener: (notice: QueryErrorNotice) => void,
  classify?: ClassifyOptions,
): () => void {
  const failing = new Set<string>()
  let id = 0
  const notify = (thrown: unknown, source: { query?: Query; mutation?: Mutation<unknown, unknown, unknown, unknown>; hasData: boolean }) => {
    // A cancel is not a failure: the user or a newer fetch stopped the request.
    if (isCancelledError(thrown)) return
    const error = classifyError(thrown, classifyOptionsFor(client.getQueryCache(), classify))
    if (error.category === 'aborted') return
    id += 1
    listener({ id, error, ...source })
  }
  const stopQueries = client.getQueryCache().subscribe((event) => {
    const { query } = event
    if (event.type === 'removed') failing.delete(query.queryHash)
    if (event.type !== 'updated') return
    if (event.action.type === 'success') failing.delete(query.queryHash)
    if (event.action.type === 'error' && !failing.has(query.queryHash)) {
      failing.add(query.queryHash)
      notify(event.action.error, { query, hasData: query.state.data !== undefined })
    }
  })
  const stopMutations = client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') notify(event.action.error, { mutation: event.mutation, hasData: false })
  })
  return () => {
    stopQueries()
    stopMutations()
  }
}
