import type { HeaderReader } from './headers.js'

/**
 * `Retry-After` in milliseconds: delta-seconds (decimals accepted) or an
 * HTTP-date read against `now`. A past date is 0; garbage or a negative
 * number is `undefined`.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  // An HTTP-date always names a weekday or a month; this keeps `Date.parse`
  // from reading "-5" or "12" as years.
  if (!/[a-z]{3}/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

// Seconds beyond this are an epoch timestamp, not a delta: a wait of more than
// ten years is never meant.
const epochFrom = 315_360_000

function resetToMs(value: string | undefined, now: number): number | undefined {
  const seconds = Number(value)
  if (!value || !Number.isFinite(seconds) || seconds < 0) return undefined
  return seconds > epochFrom ? Math.max(0, seconds * 1000 - now) : Math.round(seconds * 1000)
}

/**
 * How long to wait before retrying, from the headers (`Retry-After` first,
 * then the rate-limit headers on a 429 or 503) or else the body's
 * `retry_after` seconds.
 */
export function readRetryAfter(
  header: HeaderReader,
  status: number | undefined,
  bodySeconds: unknown,
  now: number,
): number | undefined {
  const fromHeader = parseRetryAfter(header('retry-after'), now)
  if (fromHeader !== undefined) return fromHeader
  if (status === 429 || status === 503) {
    const reset =
      resetToMs(header('ratelimit-reset'), now) ??
      resetToMs(header('x-ratelimit-reset'), now) ??
      resetToMs(/(?:^|[;,\s])(?:t|reset)=(\d+)/.exec(header('ratelimit') ?? '')?.[1], now)
    if (reset !== undefined) return reset
  }
  return typeof bodySeconds === 'number' || typeof bodySeconds === 'string'
    ? parseRetryAfter(String(bodySeconds), now)
    : undefined
}
