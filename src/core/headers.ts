import { isObject } from './guards.js'

/** Reads one header, case-insensitively; `undefined` when absent. */
export type HeaderReader = (name: string) => string | undefined

/**
 * One way to read the headers of a `Response`, of axios' `AxiosHeaders` or of
 * a plain record (whose values may be arrays, as Node's are).
 */
export function readHeaders(headers: unknown): HeaderReader {
  if (isObject(headers) && typeof headers.get === 'function' && typeof headers.has === 'function') {
    const h = headers as { get(name: string): unknown }
    return (name) => {
      const value = h.get(name)
      return value == null ? undefined : String(value)
    }
  }
  const lower = new Map<string, string>()
  if (isObject(headers)) {
    for (const [key, value] of Object.entries(headers)) {
      if (value != null) lower.set(key.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value))
    }
  }
  return (name) => lower.get(name)
}
