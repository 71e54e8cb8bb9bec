import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError } from '../core/index.js'
import { useApiError } from './useApiError.js'

describe('useApiError', () => {
  it('gives null for no error', () => {
    const { result, rerender } = renderHook(({ error }: { error: unknown }) => useApiError(error), { initialProps: { error: null as unknown } })
    expect(result.current).toBeNull()
    rerender({ error: undefined })
    expect(result.current).toBeNull()
  })

  it('classifies a raw value once and keeps the same object across renders', () => {
    const thrown: unknown = new Response('{}', { status: 503, headers: { 'Retry-After': '7' } })
    const { result, rerender } = renderHook(({ error }: { error: unknown }) => useApiError(error), { initialProps: { error: thrown } })
    const first = result.current
    expect(first).toBeInstanceOf(ApiError)
    expect(first?.category).toBe('unavailable')
    expect(first?.retryAfterMs).toBe(7000)
    rerender({ error: thrown })
    expect(result.current).toBe(first)
    rerender({ error: new TypeError('Failed to fetch') })
    expect(result.current).not.toBe(first)
    expect(result.current?.category).toBe('network')
  })

  it('passes an ApiError through as it is', () => {
    const error = new ApiError({ category: 'forbidden', status: 403 })
    const { result } = renderHook(() => useApiError(error))
    expect(result.current).toBe(error)
  })

  it("uses the provider's classify options", () => {
    const classify = { requestIdHeaders: ['x-trace'] }
    const wrapper = ({ children }: { children: ReactNode }) => <ApiErrorsProvider classify={classify}>{children}</ApiErrorsProvider>
    const thrown = { status: 500, headers: { 'x-trace': 'abc-123' } }
    const { result } = renderHook(() => useApiError(thrown), { wrapper })
    expect(result.current?.requestId).toBe('abc-123')
  })
})
