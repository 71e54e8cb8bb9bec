// The monitoring entry: `react-api-errors/monitoring`. It imports nothing from
// an SDK: Sentry's `beforeSend` and `captureException` read plain objects.
import { classifyError, isApiError, type ApiError, type ClassifyOptions } from '../core/index.js'

/**
 * The retry facts of a failing query or mutation: what TanStack Query passes
 * to a `QueryCache` / `MutationCache` `onError` is enough.
 *
 * @example
 * ```ts
 * errorReport(error, query) // query.state.fetchFailureCount becomes `attempts`
 * ```
 */
export interface ReportSource {
  queryHash?: string
  state?: { fetchFailureCount?: number; failureCount?: number }
}

/**
 * What to attach to a report: low-cardinality `tags` to search and group by,
 * and an `api_error` context with the facts (never the body or the server's
 * words, which may hold personal data). The shape of Sentry's capture context.
 *
 * @example
 * ```ts
 * Sentry.captureException(error, errorReport(error))
 * ```
 */
export interface ErrorReport {
  tags: Record<string, string>
  contexts: { api_error: Record<string, string | number | boolean | string[]> }
}

/**
 * Whether a failure is worth an alert: a 5xx, a network failure, a timeout
 * that got no response, and anything that is not an API failure (a bug). Not a
 * 4xx (the app or the user can act on it) and never a cancel.
 *
 * @example
 * ```ts
 * new QueryCache({ onError: (error) => shouldReport(error) && Sentry.captureException(error) })
 * ```
 */
export function shouldReport(error: unknown, options?: ClassifyOptions): boolean {
  const { category, status } = classifyError(error, options)
  if (status !== undefined) return status >= 500
  return category !== 'aborted'
}

/**
 * The tags and context for a report of this failure: category, status, code,
 * request id, API profile, URL and method, and the retry facts (`retryable`,
 * `retryAfterMs`, and `attempts` from the query or mutation when given).
 *
 * @example
 * ```ts
 * const queryCache = new QueryCache({
 *   onError: (error, query) => {
 *     if (shouldReport(error)) Sentry.captureException(error, errorReport(error, query))
 *   },
 * })
 * ```
 */
export function errorReport(error: unknown, source?: ReportSource, options?: ClassifyOptions): ErrorReport {
  const apiError = classifyError(error, options)
  const { category, status, code, requestId, retryable, retryAfterMs, url, method, profile } = apiError
  const attempts = source?.state?.fetchFailureCount ?? source?.state?.failureCount
  const facts = { category, status, code, requestId, retryable, retryAfterMs, attempts, url, method, profile, queryHash: source?.queryHash, fields: Object.keys(apiError.fieldErrors) }
  const context: ErrorReport['contexts']['api_error'] = {}
  for (const [key, value] of Object.entries(facts)) if (value !== undefined && !(Array.isArray(value) && value.length === 0)) context[key] = value
  const tags: Record<string, string> = { 'api.category': category, 'api.retryable': String(retryable) }
  if (status !== undefined) tags['api.status'] = String(status)
  if (code !== undefined) tags['api.code'] = code.slice(0, 200)
  if (profile !== undefined) tags['api.profile'] = profile
  if (requestId !== undefined) tags['request_id'] = requestId
  return { tags, contexts: { api_error: context } }
}

/** The parts of a Sentry event (`ErrorEvent`) this reads and writes. */
interface ReportEvent {
  tags?: Record<string, unknown>
  contexts?: Record<string, unknown>
}

/**
 * A Sentry `beforeSend`: drops what {@link shouldReport} says is not worth an
 * alert, and adds {@link errorReport}'s tags and context to an API failure
 * that is. Other events pass unchanged. Compose it with your own:
 * `beforeSend: (event, hint) => { const kept = apiErrorBeforeSend(event, hint); return kept && scrub(kept) }`.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, beforeSend: apiErrorBeforeSend })
 * // with the app's classify options (adapters, profiles):
 * Sentry.init({ dsn, beforeSend: (event, hint) => apiErrorBeforeSend(event, hint, classify) })
 * ```
 */
export function apiErrorBeforeSend<Event extends ReportEvent>(event: Event, hint?: { originalException?: unknown }, options?: ClassifyOptions): Event | null {
  const thrown = hint?.originalException
  if (thrown === undefined || thrown === null) return event
  if (!shouldReport(thrown, options)) return null
  const error: ApiError = classifyError(thrown, options)
  // A bug in the app is not an API failure: no API tags on it.
  if (!isApiError(thrown) && error.category === 'unknown') return event
  const { tags, contexts } = errorReport(error, undefined, options)
  return { ...event, tags: { ...event.tags, ...tags }, contexts: { ...event.contexts, ...contexts } }
}
