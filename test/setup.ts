import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { recordConsoleError, takeConsoleErrors } from './console.js'

// Testing Library turns on React's act() environment only where test globals
// exist; the suite imports them from 'vitest' instead, so say it here.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

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
