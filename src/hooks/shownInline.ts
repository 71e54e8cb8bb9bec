import { useEffect, useLayoutEffect } from 'react'
import type { ApiError } from '../core/index.js'

// The failures an inline component has on screen, so that a toast layer
// (react-api-errors/sonner) does not announce them a second time. Weak: it
// keeps no failure alive.
const shown = new WeakSet<ApiError>()

// React 18 warns about layout effects in server rendering, where nothing is shown anyway.
const useCommitEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/**
 * Records that a failure is on screen inline (an alert, a field message), so
 * the toast adapter does not toast it too. The library's components call it;
 * call it from your own inline error component.
 *
 * @example
 * ```ts
 * markShownInline(error)
 * ```
 */
export function markShownInline(error: ApiError): void {
  shown.add(error)
}

/**
 * Whether an inline component has shown this failure.
 *
 * @example
 * ```ts
 * if (!isShownInline(error)) toast.error(describeError(error).title)
 * ```
 */
export function isShownInline(error: ApiError): boolean {
  return shown.has(error)
}

/**
 * Marks a failure as shown inline once it is on screen (at commit, before a
 * toast layer that waits a moment decides). `undefined` marks nothing.
 *
 * @example
 * ```tsx
 * function InlineError({ error }: { error: ApiError }) {
 *   useMarkShownInline(error)
 *   return <p role="alert">{describeError(error).title}</p>
 * }
 * ```
 */
export function useMarkShownInline(error: ApiError | undefined | null): void {
  useCommitEffect(() => {
    if (error) shown.add(error)
  }, [error])
}
