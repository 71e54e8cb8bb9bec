import { ApiError, isApiError } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { fromParts } from './fromParts.js'
import { clip, isObject, str, type Bag } from './guards.js'
import { isResponse } from './isResponse.js'

const networkCodes = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EPIPE|ENETUNREACH|EHOSTUNREACH|ENETDOWN|ERR_NETWORK|UND_ERR_SOCKET)$/
const timeoutCodes = /^(ETIMEDOUT|ECONNABORTED|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/
// What browsers and Node say when fetch gets no response: Chrome "Failed to
// fetch", Firefox "NetworkError when attempting…", Safari "Load failed",
// undici "fetch failed".
const networkText = /fetch|network|load failed/i

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false

/** A body a client already read: parsed JSON as it is, text still to parse, bytes decoded. */
function readBody(data: unknown): { body: unknown; raw: boolean } {
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    return { body: new TextDecoder().decode(data), raw: true }
  }
  return { body: data, raw: typeof data === 'string' }
}

/** The failure a value says happened before any response: a cancel, a timeout, a dropped network. */
function withoutResponse(error: Bag, depth: number): ApiError | undefined {
  const name = str(error.name)
  const code = str(error.code)
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED') return new ApiError({ category: 'aborted', cause: error })
  if (name === 'TimeoutError' || (code && timeoutCodes.test(code))) return new ApiError({ category: 'timeout', retryable: true, cause: error })
  if ((code && networkCodes.test(code)) || (name === 'TypeError' && (networkText.test(str(error.message) ?? '') || offline()))) {
    return new ApiError({ category: 'network', retryable: true, cause: error })
  }
  // ofetch and undici wrap the real reason.
  return depth < 3 && isObject(error.cause) ? withoutResponse(error.cause, depth + 1) : undefined
}

function classify(error: unknown, options: ClassifyOptions): ApiError {
  if (isApiError(error)) return error
  if (isResponse(error)) return fromParts({ status: error.status, headers: error.headers, cause: error }, options)
  if (typeof error === 'string') return new ApiError({ category: 'unknown', message: clip(error, 1000), cause: error })
  if (!isObject(error)) return new ApiError({ category: 'unknown', cause: error })

  // axios: error.response.{status,data,headers}; ky: error.response + error.data;
  // ofetch: error.response (with _data), error.data, error.status.
  const response = error.response
  if (isObject(response) && typeof response.status === 'number') {
    const data = isResponse(response) ? (error.data ?? response._data) : response.data
    return fromParts({ status: response.status, headers: response.headers, ...readBody(data), cause: error }, options)
  }
  const noResponse = withoutResponse(error, 0)
  if (noResponse) return noResponse
  // A plain record: { status, headers?, body? } (or `statusCode`, `data`).
  const status = typeof error.status === 'number' ? error.status : error.statusCode
  if (typeof status === 'number') {
    return fromParts({ status, headers: error.headers, ...readBody(error.body ?? error.data), cause: error }, options)
  }
  return new ApiError({ category: 'unknown', cause: error })
}

/**
 * Classifies any thrown value: an `ApiError` (returned as it is), fetch's
 * `TypeError`, an `AbortError` or `TimeoutError`, the errors of axios, ky and
 * ofetch, a plain `{ status, headers?, body? }` record, or anything else.
 * Synchronous, idempotent, and never throws.
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
  try {
    return classify(error, options)
  } catch (failure: unknown) {
    // Getters that throw, revoked proxies: the value cannot be read, so say so.
    return new ApiError({ category: 'unknown', cause: failure })
  }
}
