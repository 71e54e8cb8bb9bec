import { isObject } from './guards.js'

/** Reads one header, case-insensitively; `undefined` when absent. */
export type HeaderReader = (name: string) => string | undefined

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join(', ') : undefined

/**
 * One way to read the headers of a `Response`, of axios' `AxiosHeaders` or of
 * a plain record (whose values may be arrays, as Node's are).
 */
export function readHeaders(headers: unknown): HeaderReader {
  let get: (name: string) => unknown = () => undefined
  try {
    if (isObject(headers) && typeof headers.get === 'function') {
      get = (name) => (headers as { get(name: string): unknown }).get(name)
    } else if (isObject(headers)) {
      const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]))
      get = (name) => lower.get(name)
    }
  } catch {
    // Headers that cannot be listed (a revoked proxy, a throwing getter) are none.
  }
  return (name) => {
    // A getter or a value's toString that throws: that header is absent, the others stay.
    try {
      return text(get(name))
    } catch {
      return undefined
    }
  }
}
