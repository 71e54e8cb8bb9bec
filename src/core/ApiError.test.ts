import { describe, expect, it } from 'vitest'
import { ApiError, isApiError } from './ApiError.js'
import { classifyError } from './classifyError.js'

describe('ApiError', () => {
  it('is an Error named ApiError, with every contract field an own property', () => {
    const error = new ApiError({ category: 'not_found', status: 404 })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ApiError')
    expect(error.message).toBe('')
    const keys = ['category', 'status', 'code', 'title', 'messageSource', 'fieldErrors', 'formErrors', 'retryable', 'retryAfterMs', 'instance', 'requestId', 'url', 'method', 'occurredAt', 'profile', 'body']
    for (const key of keys) {
      expect(Object.hasOwn(error, key), key).toBe(true)
    }
  })

  it('derives retryable from category and status unless told', () => {
    expect(new ApiError({ category: 'server', status: 502 }).retryable).toBe(true)
    expect(new ApiError({ category: 'server', status: 501 }).retryable).toBe(false)
    expect(new ApiError({ category: 'validation', status: 422, retryable: true }).retryable).toBe(true)
  })

  it('copies a caller\'s field map into a frozen, prototype-free one and leaves the caller\'s alone', () => {
    const mine = { email: ['Taken'] }
    const error = new ApiError({ category: 'validation', fieldErrors: mine })
    expect(error.fieldErrors).not.toBe(mine)
    expect({ ...error.fieldErrors }).toEqual(mine)
    expect(Object.getPrototypeOf(error.fieldErrors)).toBeNull()
    expect(Object.isFrozen(error.fieldErrors)).toBe(true)
    expect(Object.isFrozen(mine)).toBe(false)
  })

  it('freezes the field map the classifier built, prototype-free, as it does a copy', () => {
    const error = classifyError({ status: 422, body: { field_errors: { email: ['Taken'], constructor: ['Odd name'] } } })
    expect(Object.getPrototypeOf(error.fieldErrors)).toBeNull()
    expect(Object.isFrozen(error.fieldErrors)).toBe(true)
    expect(error.fieldErrors.constructor).toEqual(['Odd name'])
  })

  it('keeps the cause', () => {
    const cause = new TypeError('Failed to fetch')
    expect(new ApiError({ category: 'network', cause }).cause).toBe(cause)
  })

  it('keeps a map that is frozen and prototype-free as it is, and copies a frozen one with a prototype', () => {
    const owned = Object.freeze(Object.assign(Object.create(null) as Record<string, string[]>, { email: ['Taken'] }))
    expect(new ApiError({ category: 'validation', fieldErrors: owned }).fieldErrors).toBe(owned)
    const frozen = Object.freeze({ email: ['Taken'] })
    const error = new ApiError({ category: 'validation', fieldErrors: frozen })
    expect(error.fieldErrors).not.toBe(frozen)
    expect(Object.getPrototypeOf(error.fieldErrors)).toBeNull()
  })

  it('defaults the new facts: no form errors, where the message came from, the time', () => {
    const before = Date.now()
    const error = new ApiError({ category: 'server' })
    expect(error.formErrors).toEqual([])
    expect(Object.isFrozen(error.formErrors)).toBe(true)
    expect(error.messageSource).toBe('none')
    expect(new ApiError({ category: 'server', message: 'Saved nothing' }).messageSource).toBe('people')
    expect(error.occurredAt).toBeGreaterThanOrEqual(before)
    const mine = ['Passwords differ']
    const copied = new ApiError({ category: 'validation', formErrors: mine })
    mine.push('changed later')
    expect(copied.formErrors).toEqual(['Passwords differ'])
  })
})

describe('ApiError.toJSON', () => {
  const error = new ApiError({
    category: 'rate_limited', status: 429, code: 'slow_down', title: 'Too many', message: 'Wait a little.', messageSource: 'people',
    fieldErrors: { 'items.0.name': ['Required'] }, formErrors: ['Whole form'], retryAfterMs: 3000, instance: '/x/1', requestId: 'req-1',
    url: 'https://api.example.test/x', method: 'POST', occurredAt: 1_700_000_000_000, profile: 'Example',
    body: { secret: 'server internals' }, cause: new Error('low-level'),
  })
  const facts = {
    category: 'rate_limited', status: 429, code: 'slow_down', title: 'Too many', message: 'Wait a little.', messageSource: 'people',
    fieldErrors: { 'items.0.name': ['Required'] }, formErrors: ['Whole form'], retryable: true, retryAfterMs: 3000, instance: '/x/1',
    requestId: 'req-1', url: 'https://api.example.test/x', method: 'POST', occurredAt: 1_700_000_000_000, profile: 'Example',
  }

  it('is plain, JSON-safe data with every fact and no cause, stack or body', () => {
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>
    expect(json).toEqual({ name: 'ApiError', ...facts })
    expect(error.toJSON()).toEqual({ name: 'ApiError', ...facts })
    expect(Object.getPrototypeOf(error.toJSON())).toBe(Object.prototype)
  })

  it('comes back as an equal ApiError through classifyError, after JSON or a structured clone', () => {
    for (const form of [JSON.parse(JSON.stringify(error)) as unknown, structuredClone(error.toJSON())]) {
      const revived = classifyError(form)
      expect(revived).toBeInstanceOf(ApiError)
      expect(revived).toMatchObject(facts)
      expect(revived.body).toBeUndefined()
      expect(isApiError(revived)).toBe(true)
      expect(classifyError(form)).toBe(revived)
    }
  })

  it('is not itself an ApiError (it has no methods), so components classify it', () => {
    expect(isApiError(error.toJSON())).toBe(false)
    expect(isApiError(error)).toBe(true)
  })

  it('revives only facts of the right type from a tampered form', () => {
    const revived = classifyError({ ...error.toJSON(), status: '429', retryable: 'yes', messageSource: 'admin', formErrors: ['ok', 7], occurredAt: 'now' })
    expect(revived.status).toBeUndefined()
    expect(revived.retryable).toBe(true) // derived from the category again
    expect(revived.messageSource).toBe('people')
    expect(revived.formErrors).toEqual(['ok'])
    expect(Number.isFinite(revived.occurredAt)).toBe(true)
  })
})
