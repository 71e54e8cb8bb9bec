/**
 * What kind of failure an {@link ApiError} is. Each category asks for a
 * different response from the app and the user.
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

// The contract's table, in its order: each category with the statuses it names.
const table: [ErrorCategory, ...number[]][] = [
  ['validation', 400, 422], ['unauthenticated', 401], ['forbidden', 403], ['not_found', 404, 410],
  ['method_not_allowed', 405], ['not_acceptable', 406], ['timeout', 408, 504], ['conflict', 409, 412],
  ['payload_too_large', 413], ['unsupported_media_type', 415], ['rate_limited', 429], ['unavailable', 503],
  ['server', 500, 502], ['client'], ['network'], ['aborted'], ['unknown'],
]

/**
 * Every category, in the order of the contract's table. Useful for galleries,
 * exhaustive message catalogs and tests.
 *
 * @example
 * ```ts
 * ERROR_CATEGORIES.map((category) => <Story key={category} category={category} />)
 * ```
 */
export const ERROR_CATEGORIES: readonly ErrorCategory[] = table.map(([category]) => category)

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
  const row = table.find((r) => r.includes(status, 1))
  return row ? row[0] : status >= 500 && status < 600 ? 'server' : status >= 400 && status < 500 ? 'client' : 'unknown'
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
  return category === 'server' ? status === 500 || status === 502 : /^(timeout|rate_limited|unavailable|network)$/.test(category)
}
