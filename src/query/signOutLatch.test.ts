import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../core/index.js'
import { createSignOutLatch } from './signOutLatch.js'

const expired = new ApiError({ category: 'unauthenticated', status: 401 })

describe('createSignOutLatch', () => {
  it('signs out on the first 401 only, until a success re-arms it', () => {
    const latch = createSignOutLatch()
    const signOut = vi.fn()
    expect(latch.unauthenticated(expired, signOut)).toBe(true)
    expect(latch.unauthenticated(expired, signOut)).toBe(false)
    expect(signOut).toHaveBeenCalledTimes(1)
    expect(latch).toMatchObject({ signedOut: true, signOuts: 1 })
    latch.succeeded()
    expect(latch.signedOut).toBe(false)
    expect(latch.unauthenticated(expired, signOut)).toBe(true)
    expect(signOut).toHaveBeenCalledTimes(2)
    expect(latch.signOuts).toBe(2)
  })

  it('latches without a callback', () => {
    const latch = createSignOutLatch()
    expect(latch.unauthenticated(expired)).toBe(true)
    expect(latch.signedOut).toBe(true)
  })
})
