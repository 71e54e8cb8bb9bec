// One classification per object (issue 13): a WeakMap from each thrown object to its ApiError.
import { describe, expect, it } from 'vitest'
import { ApiError } from './ApiError.js'
import { classifyError } from './classifyError.js'
import { createRetryPolicy } from './retryPolicy.js'
import { toApiError } from './toApiError.js'

describe('classifyError: one classification per object', () => {
  it('gives the same ApiError for the same object, whatever options come later', () => {
    const thrown = { status: 503, headers: { 'retry-after': '5' } }
    const first = classifyError(thrown, { now: () => 0 })
    expect(classifyError(thrown)).toBe(first)
    expect(classifyError(thrown, { maxBodyBytes: 1 })).toBe(first)
    expect(first.occurredAt).toBe(0)
  })

  it('reads the object once, however many times it is classified', () => {
    let reads = 0
    const thrown = { get status() { reads++; return 500 } }
    classifyError(thrown)
    const once = reads
    for (let i = 0; i < 10; i++) classifyError(thrown)
    expect(reads).toBe(once)
  })

  it('makes a fresh, equal ApiError for each primitive, and never throws for one', () => {
    for (const value of ['text', '', 0, 404, null, undefined, true, 10n, Symbol('s')]) {
      const error = classifyError(value)
      expect(error).toBeInstanceOf(ApiError)
      expect({ ...classifyError(value), occurredAt: 0 }).toEqual({ ...error, occurredAt: 0 })
    }
    expect(classifyError('Gone').message).toBe('Gone')
  })

  it('remembers frozen objects, functions and revoked proxies too', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    for (const value of [Object.freeze({ status: 404 }), () => undefined, proxy]) expect(classifyError(value)).toBe(classifyError(value))
  })

  it('gives a Response the same error each time (toApiError, which reads the body, makes its own)', async () => {
    const response = new Response('{"detail":"No such meter"}', { status: 404 })
    const read = await toApiError(response)
    expect(read.message).toBe('No such meter')
    expect(classifyError(read)).toBe(read)
    expect(classifyError(response)).toBe(classifyError(response))
  })

  it('gives the retry policy and any other caller the same instance', () => {
    const thrown = { status: 429, headers: { 'retry-after': '2' } }
    const error = classifyError(thrown)
    const policy = createRetryPolicy({ random: () => 0 })
    expect(policy.shouldRetry(0, thrown)).toBe(true)
    expect(policy.retryDelay(0, thrown)).toBe(2000)
    expect(classifyError(thrown)).toBe(error)
  })

  it('tries adapters first, skips to the rules when none claims the value, and says unknown when one throws', () => {
    const mine = new ApiError({ category: 'conflict' })
    const adapters = [(value: unknown) => (value === 'claimed' || (value as { tag?: string })?.tag === 'mine' ? mine : undefined)]
    expect(classifyError({ tag: 'mine', status: 500 }, { adapters })).toBe(mine)
    expect(classifyError('claimed', { adapters })).toBe(mine)
    expect(classifyError({ status: 500 }, { adapters }).category).toBe('server')
    const throwing = [() => { throw new Error('adapter bug') }]
    expect(classifyError({ status: 500 }, { adapters: throwing }).category).toBe('unknown')
  })
})
