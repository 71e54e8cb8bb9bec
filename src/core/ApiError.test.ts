import { describe, expect, it } from 'vitest'
import { ApiError } from './ApiError.js'
import { classifyError } from './classifyError.js'

describe('ApiError', () => {
  it('is an Error named ApiError, with every contract field an own property', () => {
    const error = new ApiError({ category: 'not_found', status: 404 })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ApiError')
    expect(error.message).toBe('')
    for (const key of ['category', 'status', 'code', 'title', 'fieldErrors', 'retryable', 'retryAfterMs', 'instance', 'requestId', 'body']) {
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
})
