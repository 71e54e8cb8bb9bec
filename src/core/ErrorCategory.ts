/**
 * What kind of failure an {@link ApiError} is. Each category asks for a
 * different response from the app and the user (see `../../README.md`).
 *
 * @example
 * ```ts
 * if (error.category === 'unauthenticated') redirectToSignIn()
 * ```
 */
export type ErrorCategory =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'not_acceptable'
  | 'timeout'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'server'
  | 'client'
  | 'network'
  | 'aborted'
  | 'unknown'

/**
 * Every category, in the order of the contract's table. Useful for galleries,
 * exhaustive message catalogs and tests.
 *
 * @example
 * ```ts
 * ERROR_CATEGORIES.map((category) => <Story key={category} category={category} />)
 * ```
 */
export const ERROR_CATEGORIES: readonly ErrorCategory[] = [
  'validation', 'unauthenticated', 'forbidden', 'not_found', 'method_not_allowed',
  'not_acceptable', 'timeout', 'conflict', 'payload_too_large', 'unsupported_media_type',
  'rate_limited', 'unavailable', 'server', 'client', 'network', 'aborted', 'unknown',
]

const byStatus: Record<number, ErrorCategory> = {
  400: 'validation', 422: 'validation', 401: 'unauthenticated', 403: 'forbidden',
  404: 'not_found', 410: 'not_found', 405: 'method_not_allowed', 406: 'not_acceptable',
  408: 'timeout', 504: 'timeout', 409: 'conflict', 412: 'conflict', 413: 'payload_too_large',
  415: 'unsupported_media_type', 429: 'rate_limited', 503: 'unavailable',
}

/**
 * The category an HTTP status belongs to. Success, redirect and impossible
 * statuses are `unknown`: they are not failures the table can name.
 *
 * @example
 * ```ts
 * categoryForStatus(422) // 'validation'
 * categoryForStatus(599) // 'server'
 * ```
 */
export function categoryForStatus(status: number): ErrorCategory {
  return byStatus[status] ?? (status >= 500 && status < 600 ? 'server' : status >= 400 && status < 500 ? 'client' : 'unknown')
}

/**
 * Whether a failure of this category and status can succeed if sent again
 * unchanged. 500 and 502 are; other 5xx (501, 505, ...) are not.
 *
 * @example
 * ```ts
 * isRetryable('server', 502) // true
 * isRetryable('server', 501) // false
 * ```
 */
export function isRetryable(category: ErrorCategory, status?: number): boolean {
  return category === 'server'
    ? status === 500 || status === 502
    : category === 'timeout' || category === 'rate_limited' || category === 'unavailable' || category === 'network'
}
