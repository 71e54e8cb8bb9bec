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
  if (isObject(headers) && typeof headers.get === 'function') {
    const h = headers as { get(name: string): unknown }
    return (name) => text(h.get(name))
  }
  const lower = new Map<string, string | undefined>()
  if (isObject(headers)) for (const [key, value] of Object.entries(headers)) lower.set(key.toLowerCase(), text(value))
  return (name) => lower.get(name)
}
