import { describe, expect, it } from 'vitest'
import { formatClock } from './formatClock.js'

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [27_001, '0:28'],
    [28_000, '0:28'],
    [90_000, '1:30'],
    [3_725_000, '1:02:05'],
  ])('shows %d ms as %s', (ms, clock) => {
    expect(formatClock(ms)).toBe(clock)
  })
})
