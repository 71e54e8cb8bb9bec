/**
 * Options for `toApiError` and `classifyError`. Every field has a default.
 *
 * @example
 * ```ts
 * await toApiError(response, { maxBodyBytes: 64 * 1024, requestIdHeaders: ['x-my-trace'] })
 * ```
 */
export interface ClassifyOptions {
  /** Read at most this many bytes of a body (a response's, or a thrown record's text or bytes); classify from what was read. Default 1 MiB. */
  maxBodyBytes?: number
  /** The clock an HTTP-date `Retry-After` is read against. Default `Date.now`. */
  now?: () => number
  /** Headers tried, before the usual ones, for `requestId`. */
  requestIdHeaders?: readonly string[]
}
