import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { subscribeToQueryErrors, type QueryErrorNotice } from './subscribeToQueryErrors.js'

/**
 * Options of {@link useQueryErrorNotices}.
 *
 * @example
 * ```ts
 * useQueryErrorNotices({ limit: 3, filter: (notice) => notice.hasData })
 * ```
 */
export interface QueryErrorNoticesOptions {
  /** Keep at most this many, dropping the oldest. Default 5. */
  limit?: number
  /** Keep only the notices this accepts (for example, only background refetch failures). */
  filter?: (notice: QueryErrorNotice) => boolean
}

/**
 * The failures of the `QueryClient` in context as a list for toasts, one per
 * failing query or failed mutation (see `subscribeToQueryErrors`), classified
 * with the provider's options. Call it once, where the toasts render.
 *
 * @example
 * ```tsx
 * const { notices, dismiss } = useQueryErrorNotices()
 * return notices.map((notice) => <Toast key={notice.id} onClose={() => dismiss(notice.id)}><ErrorMessage error={notice.error} /></Toast>)
 * ```
 */
export function useQueryErrorNotices(options: QueryErrorNoticesOptions = {}): {
  notices: readonly QueryErrorNotice[]
  dismiss: (id: number) => void
} {
  const client = useQueryClient()
  const { classify } = useApiErrorsConfig()
  const [notices, setNotices] = useState<readonly QueryErrorNotice[]>([])
  // The latest options, without resubscribing (and losing dedup state) on every render.
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  useEffect(
    () =>
      subscribeToQueryErrors(client, (notice) => {
        const { limit = 5, filter } = latest.current
        if (!filter || filter(notice)) setNotices((shown) => [...shown, notice].slice(-limit))
      }, classify),
    [client, classify],
  )
  const dismiss = useCallback((id: number) => setNotices((shown) => shown.filter((notice) => notice.id !== id)), [])
  return { notices, dismiss }
}
