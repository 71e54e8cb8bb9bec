import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './retryAfter.js'
import { toApiError } from './toApiError.js'

const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')

const waitOf = async (status: number, headers: Record<string, string>, body: unknown = {}) =>
  (await toApiError(new Response(JSON.stringify(body), { status, headers }), { now: () => now })).retryAfterMs

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 30 ', 30_000],
    ['1.5', 1_500],
    ['0.25', 250],
    ['12', 12_000], // a number is never read as a year
  ])('reads delta-seconds %j', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })

  it('reads an HTTP-date against the clock it is given (RFC 9110 §10.2.3)', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now + 10_000)).toBe(20_000)
  })

  it('gives 0 for an HTTP-date in the past', () => {
    expect(parseRetryAfter('Tue, 20 Oct 2015 07:28:00 GMT', now)).toBe(0)
  })

  it.each(['', '   ', 'soon', '-5', '-0.5', '5s', 'NaN', 'Infinity', '1e3', 'Foo, 99 Bar 2015 99:99:99 GMT'].map((v) => [v]))(
    'gives undefined for garbage or negative %j',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined()
    },
  )

  it('gives undefined for a missing value', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})

describe('retryAfterMs of toApiError', () => {
  it('reads Retry-After as delta-seconds, decimal or HTTP-date', async () => {
    expect(await waitOf(429, { 'retry-after': '7' })).toBe(7_000)
    expect(await waitOf(503, { 'retry-after': '2.5' })).toBe(2_500)
    expect(await waitOf(503, { 'Retry-After': 'Wed, 21 Oct 2015 07:29:00 GMT' })).toBe(60_000)
    expect(await waitOf(429, { 'retry-after': 'Wed, 21 Oct 2015 07:00:00 GMT' })).toBe(0)
  })

  it('lets the header win over a body retry_after, and falls back to the body when the header is garbage', async () => {
    expect(await waitOf(429, { 'retry-after': '5' }, { retry_after: 60 })).toBe(5_000)
    expect(await waitOf(429, { 'retry-after': 'later' }, { retry_after: 60 })).toBe(60_000)
    expect(await waitOf(429, {}, { retryAfter: 3 })).toBe(3_000)
  })

  it('gives undefined for a negative or garbage body retry_after', async () => {
    expect(await waitOf(429, {}, { retry_after: -1 })).toBeUndefined()
    expect(await waitOf(429, {}, { retry_after: 'tomorrow' })).toBeUndefined()
  })

  it('reads RateLimit-Reset and X-RateLimit-Reset as seconds from now (IETF draft, GitLab)', async () => {
    expect(await waitOf(429, { 'ratelimit-reset': '30' })).toBe(30_000)
    expect(await waitOf(429, { 'x-ratelimit-reset': '12' })).toBe(12_000)
  })

  it('reads X-RateLimit-Reset as an epoch timestamp when the number is that large (GitHub, Twitter)', async () => {
    expect(await waitOf(429, { 'x-ratelimit-reset': String(now / 1000 + 90) })).toBe(90_000)
    expect(await waitOf(429, { 'x-ratelimit-reset': String(now / 1000 - 90) })).toBe(0)
  })

  it('reads the combined RateLimit header (draft-ietf-httpapi-ratelimit-headers: t= and the older reset=)', async () => {
    expect(await waitOf(429, { ratelimit: '"default";r=0;t=60' })).toBe(60_000)
    expect(await waitOf(429, { ratelimit: 'limit=100, remaining=0, reset=5' })).toBe(5_000)
  })

  it('prefers Retry-After over the rate-limit headers, and those over the body', async () => {
    expect(await waitOf(429, { 'retry-after': '1', 'ratelimit-reset': '30' }, { retry_after: 9 })).toBe(1_000)
    expect(await waitOf(429, { 'ratelimit-reset': '30' }, { retry_after: 9 })).toBe(30_000)
  })

  it('ignores rate-limit headers on responses that were not limited (they come with every response)', async () => {
    expect(await waitOf(400, { 'x-ratelimit-reset': '30', 'ratelimit-reset': '30' })).toBeUndefined()
    expect(await waitOf(200, { 'ratelimit-reset': '30' })).toBeUndefined()
  })

  it('gives undefined for a negative or garbage reset', async () => {
    expect(await waitOf(429, { 'ratelimit-reset': '-4' })).toBeUndefined()
    expect(await waitOf(429, { 'x-ratelimit-reset': 'soon' })).toBeUndefined()
  })
})
