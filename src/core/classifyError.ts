import { ApiError, hasApiErrorShape, isApiError } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import type { ErrorCategory } from './ErrorCategory.js'
import { fromParts } from './fromParts.js'
import { clip, isObject, str, type Bag } from './guards.js'
import { isResponse } from './isResponse.js'
import { makeApiError } from './makeApiError.js'
import { revive } from './revive.js'

// Node's and undici's error codes (axios passes them on): timeouts
// (ETIMEDOUT, UND_ERR_HEADERS_TIMEOUT, axios' ECONNABORTED), then the socket
// errors (ECONNREFUSED, ENOTFOUND, EAI_AGAIN, ...) that mean no response.
const timeoutCodes = /TIMEOUT|TIMEDOUT|ECONNABORTED/
const networkCodes = /^E[A-Z_]+$|ERR_NETWORK|UND_ERR_SOCKET/
// What browsers and Node say when fetch gets no response: Chrome "Failed to
// fetch", Firefox "NetworkError when attempting…", Safari "Load failed",
// undici "fetch failed".
const networkText = /fetch|network|load failed/i

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false

/** The category of a failure that happened before any response: a cancel, a timeout, a dropped network. */
function withoutResponse(error: Bag, depth: number): ErrorCategory | undefined {
  const name = str(error.name)
  const code = str(error.code) ?? ''
  // axios' CanceledError keeps a timeout signal's reason only on its config.
  const reason = (error.config as { signal?: { reason?: { name?: unknown } } } | undefined)?.signal?.reason?.name
  if (name === 'TimeoutError' || reason === 'TimeoutError' || timeoutCodes.test(code)) return 'timeout'
  // TanStack Query's CancelledError has only its message to tell it apart.
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED' || str(error.message) === 'CancelledError') return 'aborted'
  if (networkCodes.test(code) || (name === 'TypeError' && (networkText.test(str(error.message) ?? '') || offline()))) return 'network'
  // ofetch and undici wrap the real reason.
  return depth < 3 && isObject(error.cause) ? withoutResponse(error.cause, depth + 1) : undefined
}

function classify(error: unknown, options: ClassifyOptions): ApiError {
  if (isApiError(error)) return error
  for (const adapter of options.adapters ?? []) {
    const made = adapter(error, options)
    if (made) return made
  }
  if (!isObject(error)) {
    return makeApiError({ category: 'unknown', message: typeof error === 'string' ? clip(error, 1000) : '', cause: error }, options)
  }
  // The serialisable form (`toJSON()`), come back from a server or a worker.
  if (hasApiErrorShape(error)) return revive(error)
  if (isResponse(error)) return fromParts(error.status, error.headers, undefined, error, options)
  // axios: error.response.{status,data,headers}; ky: error.response + error.data;
  // ofetch: error.response (with _data), error.data, error.status.
  const response = error.response
  if (isObject(response) && Number.isInteger(response.status)) {
    const data = isResponse(response) ? (error.data ?? response._data) : response.data
    return fromParts(response.status as number, response.headers, data, error, options)
  }
  const category = withoutResponse(error, 0)
  if (category) return makeApiError({ category, cause: error }, options)
  // A plain record: { status, headers?, body? } (or `statusCode`, `data`).
  const status = error.status ?? error.statusCode
  if (Number.isInteger(status)) return fromParts(status as number, error.headers, error.body ?? error.data, error, options)
  return makeApiError({ category: 'unknown', cause: error }, options)
}

// Each object's classification, so that every layer that meets one failure
// gets the same ApiError and pays for it once. Weak: it keeps nothing alive.
const classified = new WeakMap<object, ApiError>()


/**
 * Classifies any thrown value: an `ApiError` (returned as it is), its
 * serialisable form (`toJSON()`, revived), fetch's `TypeError`, an
 * `AbortError` or `TimeoutError`, the errors of axios, ky and ofetch, a plain
 * `{ status, headers?, body? }` record, or anything else. Synchronous,
 * idempotent, and never throws. The same object always gives the same
 * `ApiError`: the options of its first classification decide it.
 *
 * @example
 * ```ts
 * try {
 *   await axios.get('/api/stations')
 * } catch (thrown: unknown) {
 *   const error = classifyError(thrown) // error.category, error.message, ...
 * }
 * ```
 */
export function classifyError(error: unknown, options: ClassifyOptions = {}): ApiError {
  // Strings, numbers, null and symbols cannot be remembered: each call makes one.
  const key = Object(error) === error ? (error as object) : undefined
  let made = key && classified.get(key)
  if (made) return made
  try {
    made = classify(error, options)
  } catch (failure: unknown) {
    // Getters that throw, revoked proxies, an adapter that fails: the value cannot be read, so say so.
    made = new ApiError({ category: 'unknown', cause: failure })
  }
  if (key && made !== error) classified.set(key, made)
  return made
}
