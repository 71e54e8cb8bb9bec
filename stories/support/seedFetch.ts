import { toApiError } from '../../src/core/index.js'

/**
 * The stories' API client: real `fetch` against the emulated seed APIs. A
 * failed response is thrown as the `ApiError` the library makes of it; a
 * dropped connection throws fetch's own TypeError, for the library to classify.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['stations'], queryFn: () => seedFetch('/api/persium/v1/stations') })
 * ```
 */
export async function seedFetch<T = unknown>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init)
  if (!response.ok) throw await toApiError(response)
  const type = response.headers.get('content-type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

/** `path` with `?fail=<name>` set (nothing for `'none'`). */
export function withFailure(path: string, fail: string | undefined, extra: Record<string, string> = {}): string {
  const url = new URL(path, 'http://emulated.invalid')
  if (fail && fail !== 'none') url.searchParams.set('fail', fail)
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value)
  return url.pathname + url.search
}

/** `init` as a JSON request. */
export function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
}
