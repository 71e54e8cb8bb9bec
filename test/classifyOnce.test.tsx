// Issue 13: one failure, one classification, whichever layer meets it first.
import { render, renderHook, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  ApiError, ErrorMessage, canRepeatMutation, en, classifyError, createRetryPolicy, describeError, getFieldErrorProps, retryDelay, shouldRetry,
  shouldRetryMutation, throwToBoundary, useApiError, useFieldErrors,
} from '../src/index.js'

describe('classify once', () => {
  it('gives one ApiError for one thrown object across ten call sites, reading it only the first time', () => {
    let reads = 0
    const thrown = {
      get status() {
        reads++
        return 503
      },
      headers: { 'retry-after': '2' },
      body: { errors: { email: ['Taken'] } },
      config: { method: 'post', url: '/api/vehicles' },
    }
    const first = classifyError(thrown)
    const afterFirst = reads
    const policy = createRetryPolicy({ random: () => 0 })
    const seen: unknown[] = [
      shouldRetry(0, thrown),
      retryDelay(0, thrown),
      policy.shouldRetry(0, thrown),
      policy.retryDelay(0, thrown),
      getFieldErrorProps(thrown, 'email'),
      throwToBoundary(thrown, { state: { data: undefined } }),
      canRepeatMutation(thrown),
      shouldRetryMutation(0, thrown),
      describeError(thrown),
    ]
    expect(seen).toHaveLength(9)
    const hook = renderHook(() => [useApiError(thrown), useFieldErrors(thrown)] as const)
    expect(hook.result.current[0]).toBe(first)
    expect(classifyError(thrown)).toBe(first)
    expect(reads).toBe(afterFirst)
    expect(first).toBeInstanceOf(ApiError)
    expect(first).toMatchObject({ category: 'unavailable', url: '/api/vehicles', method: 'POST', retryAfterMs: 2000 })
  })

  it('hands a component the revived error of a serialised one, the same each render', () => {
    const json = JSON.parse(JSON.stringify(classifyError({ status: 409, body: { detail: 'Someone else changed it.' } }))) as unknown
    const hook = renderHook(() => useApiError(json))
    const revived = hook.result.current
    hook.rerender()
    expect(hook.result.current).toBe(revived)
    expect(revived).toMatchObject({ category: 'conflict', status: 409, message: 'Someone else changed it.' })
  })

  it('lets a component render the serialisable form as the error it was (Next.js server to client)', () => {
    // A network failure has no status: read as a plain record, its form would be `unknown`.
    const json = JSON.parse(JSON.stringify(classifyError(new TypeError('Failed to fetch')))) as unknown
    render(<ErrorMessage error={json} />)
    expect(screen.getByText(new RegExp(en['network.title']))).toBeInTheDocument()
    expect(screen.queryByText(new RegExp(en['unknown.title']))).toBeNull()
  })
})
