import type { ApiError } from './ApiError.js'
import type { ApiProfile } from './ApiProfile.js'

/**
 * A plug-in classifier for a client's own errors (tRPC, GraphQL clients): the
 * `ApiError` for a value it recognises, else `undefined`. Adapters are tried
 * before the built-in rules.
 *
 * @example
 * ```ts
 * const adapter: ErrorAdapter = (value) => (value instanceof MyClientError ? new ApiError({ category: 'server' }) : undefined)
 * ```
 */
export type ErrorAdapter = (value: unknown, options: ClassifyOptions) => ApiError | undefined

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
  /** The clock an HTTP-date `Retry-After` is read against, and `occurredAt`'s. Default `Date.now`. */
  now?: () => number
  /** Headers tried, before the usual ones, for `requestId`. */
  requestIdHeaders?: readonly string[]
  /** The APIs the app talks to; the first whose `match` takes the failure's URL refines the classification and names it (`profile`). */
  profiles?: readonly ApiProfile[]
  /** Classify with this profile whatever the URL. */
  profile?: ApiProfile
  /** Classifiers for clients' own errors, tried first, in order (see the tRPC and GraphQL entries). One that throws makes the value `unknown`. */
  adapters?: readonly ErrorAdapter[]
}
