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
  // Headers that fight back (throwing getters, revoked proxies, values whose
  // toString throws) read as absent, one header at a time.
  try {
    if (isObject(headers) && typeof headers.get === 'function') {
      const h = headers as { get(name: string): unknown }
      return (name) => {
        try {
          return text(h.get(name))
        } catch {
          return undefined
        }
      }
    }
    const lower = new Map<string, unknown>()
    if (isObject(headers)) for (const [key, value] of Object.entries(headers)) lower.set(key.toLowerCase(), value)
    return (name) => {
      try {
        return text(lower.get(name))
      } catch {
        return undefined
      }
    }
  } catch {
    return () => undefined
  }
}
