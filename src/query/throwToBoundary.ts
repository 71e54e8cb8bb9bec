import { classifyError } from '../core/index.js'

/**
 * A query's `throwOnError`: sends a failure to the nearest error boundary
 * only when the query has no data to show, and never a cancel, a 401 (the
 * sign-in path owns it) or a validation error (the form or filter that sent
 * it shows it). A failed background refetch keeps its data on screen.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['meter', id], queryFn, throwOnError: throwToBoundary })
 * ```
 */
export function throwToBoundary(error: unknown, query: { state: { data: unknown } }): boolean {
  const { category } = classifyError(error)
  return query.state.data === undefined && category !== 'aborted' && category !== 'unauthenticated' && category !== 'validation'
}
