import { ApiError, type ApiErrorInit } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { findProfile } from './findProfile.js'
import type { HeaderReader } from './headers.js'
import { readRequest } from './readRequest.js'

const noHeaders: HeaderReader = () => undefined

/**
 * The one way the classifier makes an `ApiError`: adds the request's URL and
 * method, the time, and the matched profile's name, then lets the profile's
 * `refine` correct what the rules read (a category it changes brings its own
 * retryability, since `retryable` is derived, not copied).
 */
export function makeApiError(init: ApiErrorInit, options: ClassifyOptions, header = noHeaders): ApiError {
  ;[init.url, init.method] = readRequest(init.cause)
  init.occurredAt ??= (options.now ?? Date.now)()
  const profile = findProfile(init.url, options)
  init.profile = profile?.name
  const error = new ApiError(init)
  try {
    const patch = profile?.refine?.(error, { status: error.status, header, body: error.body })
    return patch ? new ApiError({ ...init, ...patch }) : error
  } catch {
    // A quirk that fails leaves the classification as the rules made it.
    return error
  }
}
