import { useMemo } from 'react'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { classifyError, type ApiError } from '../core/index.js'

/**
 * The `ApiError` for any thrown value, classified with the provider's
 * `classify` options; `null` for `null` or `undefined`. The same input gives
 * the same object on every render, so it can sit in effect dependencies.
 *
 * @example
 * ```tsx
 * const error = useApiError(query.error)
 * if (error?.category === 'not_found') return <NotFound />
 * ```
 */
export function useApiError(error: unknown): ApiError | null {
  const { classify } = useApiErrorsConfig()
  return useMemo(() => (error == null ? null : classifyError(error, classify)), [error, classify])
}
