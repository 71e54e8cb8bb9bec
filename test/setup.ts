import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { recordConsoleError, takeConsoleErrors } from './console.js'

// An unexpected console.error (React warnings, act() misuse) fails the test that
// caused it. Tests that expect one take it with takeConsoleErrors().
beforeEach(() => {
  takeConsoleErrors()
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => recordConsoleError(args))
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  const left = takeConsoleErrors()
  if (left.length > 0) {
    throw new Error(`Unexpected console.error: ${left[0]?.map(String).join(' ')}`)
  }
})
