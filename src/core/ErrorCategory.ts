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

// The contract's table, in its order: each category, whether it is retryable
// (`listed`: only for the statuses its row names; 501 and 505 are `server`
// but sending them again changes nothing), and the statuses it names.
type Row = [ErrorCategory, boolean | 'listed', ...number[]]
const table: Row[] = [
  ['validation', false, 400, 422], ['unauthenticated', false, 401], ['forbidden', false, 403], ['not_found', false, 404, 410],
  ['method_not_allowed', false, 405], ['not_acceptable', false, 406], ['timeout', true, 408, 504], ['conflict', false, 409, 412],
  ['payload_too_large', false, 413], ['unsupported_media_type', false, 415], ['rate_limited', true, 429], ['unavailable', true, 503],
  ['server', 'listed', 500, 502], ['client', false], ['network', true], ['aborted', false], ['unknown', false],
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
  const row = table.find((r) => r.includes(status, 2))
  if (row) return row[0]
  if (status >= 500 && status < 600) return 'server'
  return status >= 400 && status < 500 ? 'client' : 'unknown'
}

/**
 * Whether a failure of this category and status can succeed if sent again
 * unchanged, as the category table's retry column says. 500 and 502 are;
 * other 5xx (501, 505, ...) are not.
 *
 * @example
 * ```ts
 * isRetryable('server', 502) // true
 * isRetryable('server', 501) // false
 * ```
 */
export function isRetryable(category: ErrorCategory, status?: number): boolean {
  const row = table.find((r) => r[0] === category)
  return row?.[1] === 'listed' ? row.includes(status as number, 2) : row?.[1] === true
}
