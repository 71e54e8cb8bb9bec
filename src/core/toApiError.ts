import { ApiError } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { classifyError } from './classifyError.js'
import { fromParts } from './fromParts.js'
import { isResponse } from './isResponse.js'
import { maxBodyBytes, readText } from './readText.js'

/**
 * Classifies a failed `Response` from its status, headers and body. Never
 * throws. Reads a clone, so a body the caller has not read stays readable; a
 * body already read is classified from status and headers alone.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/vehicles', { method: 'POST', body })
 * if (!response.ok) throw await toApiError(response)
 * ```
 */
export async function toApiError(response: Response, options: ClassifyOptions = {}): Promise<ApiError> {
  if (!isResponse(response)) return classifyError(response, options)
  let text: string | undefined
  try {
    text = await readText(response, options.maxBodyBytes ?? maxBodyBytes)
  } catch {
    // A body that fails mid-read (a dropped connection) leaves status and headers.
  }
  try {
    // Not remembered for `classifyError(response)`: a WeakMap entry per response
    // cost a fifth of the whole on a small body, and the error, not the
    // response, is what callers throw and pass on.
    return fromParts(response.status, response.headers, text, response, options)
  } catch (error: unknown) {
    return new ApiError({ category: 'unknown', cause: error })
  }
}
