import { describe, expect, it } from 'vitest'
import { ERROR_CATEGORIES, categoryForStatus, isRetryable } from './ErrorCategory.js'

describe('categoryForStatus', () => {
  it('follows the contract table, then the 4xx and 5xx ranges', () => {
    expect([400, 401, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 422, 429, 500, 502, 503, 504].map(categoryForStatus)).toEqual([
      'validation', 'unauthenticated', 'forbidden', 'not_found', 'method_not_allowed', 'not_acceptable', 'timeout', 'conflict',
      'not_found', 'conflict', 'payload_too_large', 'unsupported_media_type', 'validation', 'rate_limited', 'server', 'server',
      'unavailable', 'timeout',
    ])
    expect([418, 499, 501, 599, 200, 302, 600, 0, -1].map(categoryForStatus)).toEqual(['client', 'client', 'server', 'server', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'])
  })
})

describe('isRetryable', () => {
  it('reads the retry column: timeouts, rate limits, unavailability and the network are; 500 and 502 only among server errors', () => {
    const retryable = ERROR_CATEGORIES.filter((category) => isRetryable(category))
    expect(retryable).toEqual(['timeout', 'rate_limited', 'unavailable', 'network'])
    expect([500, 502, 501, 505, undefined].map((status) => isRetryable('server', status))).toEqual([true, true, false, false, false])
  })

  it('follows the category, not the status, where the column says yes: a 403 read as rate_limited is retryable', () => {
    expect(isRetryable('rate_limited', 403)).toBe(true)
    expect(isRetryable('timeout', undefined)).toBe(true)
    expect(isRetryable('validation', 429)).toBe(false)
  })
})
