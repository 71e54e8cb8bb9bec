import { isObject } from './guards.js'

/**
 * Whether a value is a fetch `Response`, also from another realm or a polyfill.
 * By its shape alone: a native Response has it too, so no `instanceof` is needed.
 */
export function isResponse(value: unknown): value is Response {
  try {
    return isObject(value) && typeof value.status === 'number' && typeof value.clone === 'function' && isObject(value.headers)
  } catch {
    // A revoked proxy cannot even say what it is: no response.
    return false
  }
}
