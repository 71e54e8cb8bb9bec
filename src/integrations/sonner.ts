// The sonner entry: `react-api-errors/sonner`. One toast per failing query or
// mutation, in the provider's words, with the action that helps.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { toast as sonnerToast, type ExternalToast } from 'sonner'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { useTranslator } from '../context/useTranslator.js'
import { classifyError, type ApiError } from '../core/index.js'
import { isShownInline } from '../hooks/shownInline.js'
import { describeError, type ErrorAction } from '../messages/describeError.js'
import { canRepeatMutation } from '../query/shouldRetryMutation.js'
import { subscribeToQueryErrors, type QueryErrorNotice } from '../query/subscribeToQueryErrors.js'

/**
 * Options of {@link useApiErrorToasts} and {@link ApiErrorToasts}.
 *
 * @example
 * ```tsx
 * <ApiErrorToasts filter={(notice) => notice.hasData} duration={8000} />
 * ```
 */
export interface ApiErrorToastsOptions {
  /** Toast only the failures this accepts (for example, only background refetches: `notice.hasData`). */
  filter?: (notice: QueryErrorNotice) => boolean
  /** How long to wait for inline components to show a failure (and so skip its toast). Default 100 ms. */
  waitMs?: number
  /** sonner's toast duration in ms. Default: the `<Toaster />`'s. */
  duration?: number
  /** The `toast` to call; default sonner's. */
  toast?: Pick<typeof sonnerToast, 'error' | 'dismiss'>
}

// Inline components of the app's own mark what they show, as the library's do.
export { isShownInline, markShownInline, useMarkShownInline } from '../hooks/shownInline.js'

const noop = () => {}

/**
 * Shows a sonner toast for each failing query and failed mutation of the
 * `QueryClient` in context: one per failure (not per retry or per component),
 * titled and described in the provider's words, with its most helpful action
 * ("Try again" refetches the query or repeats a mutation that is safe to
 * repeat, "Sign in" calls the provider's `onSignIn`). Never for a cancel,
 * nor for a query or mutation with `meta: { errorToast: false }`, nor for a
 * failure an inline component shows (see `markShownInline`). A query's toast
 * closes when the query succeeds. Call it once, beside `<Toaster />`.
 *
 * @example
 * ```tsx
 * function Toasts() {
 *   useApiErrorToasts()
 *   return <Toaster />
 * }
 * ```
 */
export function useApiErrorToasts(options: ApiErrorToastsOptions = {}): void {
  const client = useQueryClient()
  const config = useApiErrorsConfig()
  const t = useTranslator()
  // The latest props, without resubscribing (and losing dedup state) on every render.
  const latest = useRef({ options, config, t })
  useEffect(() => {
    latest.current = { options, config, t }
  })
  const { classify } = config
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>()
    const toastFor = (notice: QueryErrorNotice) => (notice.query ? `api-error:${notice.query.queryHash}` : `api-error:m${notice.mutation?.mutationId ?? notice.id}`)
    const show = (notice: QueryErrorNotice): void => {
      const { options, config, t } = latest.current
      const { error, query, mutation } = notice
      if (isShownInline(error) || (options.filter && !options.filter(notice))) return
      // A query's retry that fails again is toasted again: the subscription
      // reports a query once until it succeeds. (A mutation's is reported anew.)
      const again = (thrown: unknown) => {
        const next = classifyError(thrown, classify)
        if (next.category !== 'aborted') show({ ...notice, error: next })
      }
      const retry = query
        ? () => void query.fetch().catch(again)
        : mutation && canRepeatMutation(error, classify)
          ? () => void mutation.execute(mutation.state.variables).catch(noop)
          : undefined
      const run: Partial<Record<ErrorAction, ((error: ApiError) => void) | undefined>> = {
        retry,
        signIn: config.onSignIn,
        reload: config.onReload,
        support: config.onContactSupport,
      }
      const offer = { retry: !!retry, signIn: !!run.signIn, reload: !!run.reload, support: !!run.support, learnMore: false }
      const info = describeError(error, { translator: t, serverText: config.serverText, profiles: config.profiles, serverLanguage: config.serverLanguage, offer })
      const act = info.primary && run[info.primary]
      const data: ExternalToast = { id: toastFor(notice), description: info.description, duration: options.duration }
      if (act && info.primary) data.action = { label: info.labels[info.primary], onClick: () => act(error) }
      ;(options.toast ?? sonnerToast).error(info.title, data)
    }
    const stop = subscribeToQueryErrors(
      client,
      (notice) => {
        if (notice.query?.meta?.errorToast === false || notice.mutation?.meta?.errorToast === false) return
        const timer = setTimeout(() => (timers.delete(timer), show(notice)), latest.current.options.waitMs ?? 100)
        timers.add(timer)
      },
      classify,
    )
    const stopRecovery = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') (latest.current.options.toast ?? sonnerToast).dismiss(`api-error:${event.query.queryHash}`)
    })
    return () => {
      stop()
      stopRecovery()
      timers.forEach(clearTimeout)
    }
  }, [client, classify])
}

/**
 * {@link useApiErrorToasts} as a component: render it once, inside the
 * `QueryClientProvider` and `ApiErrorsProvider`, beside sonner's `<Toaster />`.
 *
 * @example
 * ```tsx
 * <QueryClientProvider client={queryClient}>
 *   <ApiErrorsProvider onSignIn={() => router.push('/sign-in')}>
 *     <App />
 *     <Toaster />
 *     <ApiErrorToasts />
 *   </ApiErrorsProvider>
 * </QueryClientProvider>
 * ```
 */
export function ApiErrorToasts(props: ApiErrorToastsOptions): null {
  useApiErrorToasts(props)
  return null
}
