import { classifyError, type ClassifyOptions, type ErrorCategory } from '../core/index.js'

// A cancel shows nothing; the sign-in path owns a 401; the form or filter that
// sent a request shows its validation errors.
const staysInPlace: readonly ErrorCategory[] = ['aborted', 'unauthenticated', 'validation']

/** {@link throwToBoundary} classifying with the app's options, read at each call. */
export function throwToBoundaryWith(classify: () => ClassifyOptions | undefined) {
  return (error: unknown, query: { state: { data: unknown } }): boolean => {
    if (query.state.data !== undefined) return false
    return !staysInPlace.includes(classifyError(error, classify()).category)
  }
}

const withoutOptions = throwToBoundaryWith(() => undefined)

/**
 * A query's `throwOnError`, for apps that render an error boundary
 * (`QueryErrorBoundary`) above their queries: sends a failure to the nearest
 * boundary only when the query has no data to show, and never a cancel, a
 * 401 (the sign-in path owns it) or a validation error (the form or filter
 * that sent it shows it). A failed background refetch keeps its data on
 * screen. No default of the library sets it: without a boundary, a thrown
 * error would unmount the app. `withApiErrorDefaults(config, { throwToBoundary: true })`
 * sets it for every query, classifying with the client's options and the
 * `ApiErrorsProvider`'s; this function alone reads no options, so a value
 * nothing classified before (no `withApiErrorDefaults` retry policy, no
 * `withApiErrors`) is classified without them.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['meter', id], queryFn, throwOnError: throwToBoundary })
 * ```
 */
export function throwToBoundary(error: unknown, query: { state: { data: unknown } }): boolean {
  return withoutOptions(error, query)
}
