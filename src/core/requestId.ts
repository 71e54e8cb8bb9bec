import { clip } from './guards.js'
import type { HeaderReader } from './headers.js'

// The request-id headers in common use: proxies and frameworks first, then
// the clouds and CDNs that set their own.
const usual = ['x-request-id', 'x-correlation-id', 'request-id', 'x-amzn-requestid', 'x-amz-request-id', 'x-ms-request-id', 'cf-ray', 'traceparent']

/** The first request-id style header present, the app's own names first. */
export function readRequestId(header: HeaderReader, extra?: readonly string[]): string | undefined {
  // The usual list alone when the app names none: no list is built per error.
  for (const name of extra ? [...extra, ...usual] : usual) {
    const value = header(name.toLowerCase())?.trim()
    if (value) return clip(value, 200) || undefined
  }
}
