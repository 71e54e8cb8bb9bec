import { describe, expect, it } from 'vitest'
import { ApiError } from './ApiError.js'
import type { ErrorCategory } from './ErrorCategory.js'
import { createRetryPolicy, retryDelay, shouldRetry } from './retryPolicy.js'

const error = (category: ErrorCategory, init: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ category, retryable: ['server', 'unavailable', 'timeout', 'network', 'rate_limited'].includes(category), ...init })

describe('shouldRetry', () => {
  it('never retries what cannot succeed when sent again', () => {
    for (const status of [400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 501]) {
      expect(shouldRetry(0, { status }), String(status)).toBe(false)
    }
    expect(shouldRetry(0, new DOMException('stop', 'AbortError'))).toBe(false)
    expect(shouldRetry(0, 'something odd')).toBe(false)
    expect(shouldRetry(0, undefined)).toBe(false)
  })

  it('retries server errors, unavailability, timeouts, rate limits and network failures at most 3 times', () => {
    const failures: unknown[] = [{ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }, { status: 408 }, { status: 429 }, new TypeError('Failed to fetch'), new DOMException('late', 'TimeoutError')]
    for (const failure of failures) {
      expect([0, 1, 2, 3].map((count) => shouldRetry(count, failure))).toEqual([true, true, true, false])
    }
  })

  it('does not wait out a Retry-After past the cap', () => {
    expect(shouldRetry(0, error('rate_limited', { retryAfterMs: 60_000 }))).toBe(true)
    expect(shouldRetry(0, error('rate_limited', { retryAfterMs: 60_001 }))).toBe(false)
    expect(createRetryPolicy({ maxRetryAfterMs: 120_000 }).shouldRetry(0, error('rate_limited', { retryAfterMs: 90_000 }))).toBe(true)
  })
})

describe('retryDelay', () => {
  it('backs off 1 s, 2 s, 4 s with full jitter', () => {
    const top = createRetryPolicy({ random: () => 0.999999 })
    const bottom = createRetryPolicy({ random: () => 0 })
    const failure = error('server', { status: 500 })
    expect([0, 1, 2].map((count) => Math.round(top.retryDelay(count, failure)))).toEqual([1000, 2000, 4000])
    expect([0, 1, 2].map((count) => bottom.retryDelay(count, failure))).toEqual([0, 0, 0])
    for (let count = 0; count < 3; count++) {
      const delay = retryDelay(count, failure)
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThan(1000 * 2 ** count)
    }
  })

  it('spreads clients that fail together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(1, { status: 503 })))
    expect(delays.size).toBeGreaterThan(40)
  })

  it('caps the backoff', () => {
    const policy = createRetryPolicy({ random: () => 0.999999, maxDelayMs: 5000 })
    expect(Math.round(policy.retryDelay(10, error('network')))).toBe(5000)
  })

  it('waits at least Retry-After, plus at most 10% or 1 s', () => {
    const low = createRetryPolicy({ random: () => 0 })
    const high = createRetryPolicy({ random: () => 0.999999 })
    expect(low.retryDelay(0, error('rate_limited', { retryAfterMs: 3000 }))).toBe(3000)
    expect(Math.round(high.retryDelay(0, error('rate_limited', { retryAfterMs: 3000 })))).toBe(3300)
    expect(Math.round(high.retryDelay(2, error('unavailable', { retryAfterMs: 30_000 })))).toBe(31_000)
    expect(low.retryDelay(0, error('unavailable', { retryAfterMs: 0 }))).toBe(0)
  })

  it('reads Retry-After from a raw response', () => {
    const response = new Response('', { status: 429, headers: { 'Retry-After': '3' } })
    const delay = retryDelay(0, response)
    expect(delay).toBeGreaterThanOrEqual(3000)
    expect(delay).toBeLessThanOrEqual(3300)
  })

  it('takes every number as an option', () => {
    const policy = createRetryPolicy({ maxRetries: 1, baseDelayMs: 100, jitterRatio: 0.5, maxJitterMs: 50, random: () => 0.5 })
    expect(policy.shouldRetry(1, error('server', { status: 500 }))).toBe(false)
    expect(policy.retryDelay(2, error('server', { status: 500 }))).toBe(200)
    expect(policy.retryDelay(0, error('rate_limited', { retryAfterMs: 1000 }))).toBe(1025)
  })
})
