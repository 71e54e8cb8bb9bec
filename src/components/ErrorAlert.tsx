import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import type { ApiError } from '../core/index.js'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import type { ErrorAction, ErrorDescription } from '../messages/describeError.js'
import { cx } from './dom.js'
import { isRetrying, queryFailure, type QueryOrError } from './queryInput.js'
import { RetryPrompt, type RetryOptions } from './RetryPrompt.js'
import { SupportDetails } from './SupportDetails.js'
import { ToneIcon } from './ToneIcon.js'
import { useDescription } from './useDescription.js'

interface ErrorAlertOwnProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Passed to the retry prompt: `retryAt`, `retrying`, `mode`, `autoRetry`. */
  retry?: Pick<RetryOptions, 'retryAt' | 'retrying' | 'mode' | 'autoRetry'>
  /** What "Sign in" does for a 401. Default: the provider's `onSignIn`; without either, no button (and no words promising one). */
  onSignIn?: (error: ApiError) => void
  /** What "Reload" does for a conflict (refetch the record the user edits). Default: the provider's `onReload`. */
  onReload?: (error: ApiError) => void
  /** The failure survived retries: a 5xx then offers "Contact support". Default, with `query`: no retry is under way. */
  persistent?: boolean
  /** The title's heading level. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** `'compact'`: no border or shadow of its own, for an alert inside a card or panel. */
  variant?: 'default' | 'compact'
  /**
   * Replaces the title and description inside the alert.
   *
   * @example
   * ```tsx
   * <ErrorAlert error={error} render={({ title }) => <h3>{title}</h3>} />
   * ```
   */
  render?: (info: ErrorDescription) => ReactNode
  /** Extra actions, after the built-in ones. */
  children?: ReactNode
  /**
   * Shown instead while there is no failure to show (the first request is in
   * flight): one component for the whole not-yet-loaded state.
   *
   * @example
   * ```tsx
   * if (query.isSuccess) return <StationList stations={query.data} />
   * return <ErrorAlert query={query} pending={<p>Loading…</p>} />
   * ```
   */
  pending?: ReactNode
}

/**
 * Props of {@link ErrorAlert}: the native `<div>` props, plus a `query` (a
 * `useQuery` / `useMutation` result or `useQueryError` state) or an `error`.
 * With TanStack Query pass `query`: its `error` is `null` while it retries.
 *
 * @example
 * ```tsx
 * <ErrorAlert query={query} headingLevel={3} />
 * <ErrorAlert error={mutation.error} onRetry={() => mutation.reset()} />
 * ```
 */
export type ErrorAlertProps = ErrorAlertOwnProps &
  QueryOrError<{
    /** Offers "Try again" (with a countdown when the server asked to wait) for a retryable error. */
    onRetry?: () => unknown
  }>

/**
 * A block for a failed load or action: an icon, the title, the description,
 * the category's own fix as the primary action (Try again for what can be
 * retried, Sign in for a 401, Reload for a conflict when the app gives
 * `onReload`), Contact support for a 403 or a persistent 5xx when the
 * provider has a `supportUrl` or `onContactSupport`, and collapsed details
 * for support (time, request id, method and path, status, code, problem
 * type) with a copy button.
 *
 * Accessibility: title and description sit in an inner `role="alert"`, so they
 * are announced once without taking focus and the actions are not read as
 * part of the alert; the icon is hidden from screen readers; every action is
 * a native button or link in the tab order, at least 24 × 24 px; the copy
 * result is announced politely.
 *
 * @example
 * ```tsx
 * const query = useQuery({ queryKey: ['stations'], queryFn })
 * if (query.isSuccess) return <StationList stations={query.data} />
 * return <ErrorAlert query={query} />
 * ```
 */
export const ErrorAlert = forwardRef<HTMLDivElement, ErrorAlertProps>(function ErrorAlert(
  { error, query, onRetry, retry, onSignIn, onReload, persistent, headingLevel = 2, variant, render, children, pending, className, ...rest },
  ref,
) {
  const config = useApiErrorsConfig()
  const signIn = onSignIn ?? config.onSignIn
  const reload = onReload ?? config.onReload
  const { supportUrl, onContactSupport } = config
  const settled = persistent ?? (query ? !isRetrying(query) : undefined)
  // Only what this alert can do is listed, and no words promise anything else.
  const offer = { retry: Boolean(onRetry || query), signIn: Boolean(signIn), reload: Boolean(reload), support: Boolean(supportUrl || onContactSupport), learnMore: false }
  const { t, info } = useDescription(query ? queryFailure(query) : error, settled, offer)
  if (!info) return <>{pending}</>
  const { error: apiError, actions, labels } = info
  // The API's own support contact, else the app's.
  const supportHref = info.support.url ?? (onContactSupport ? undefined : supportUrl)
  const style = (action: string) => cx('rae-button', action === actions[0] && 'rae-button--primary')
  // What each button does; a link when support has a URL.
  const handlers: Partial<Record<ErrorAction, (error: ApiError) => void>> = { signIn, reload, support: onContactSupport }
  const Heading = `h${headingLevel}` as 'h2'
  const prompt = query ? { query, onRetry } : { error, onRetry: onRetry ?? (() => {}) }
  return (
    <div ref={ref} className={cx('rae-alert', variant === 'compact' && 'rae-alert--compact', className)} data-category={apiError.category} {...rest}>
      <ToneIcon category={apiError.category} />
      <div className="rae-alert__body">
        <div role="alert">
          {render ? (
            render(info)
          ) : (
            <>
              <Heading className="rae-alert__title">{info.title}</Heading>
              <p className="rae-alert__description">{info.description}</p>
            </>
          )}
        </div>
        <div className="rae-alert__actions">
          {actions.map((action) => {
            if (action === 'retry') return <RetryPrompt key={action} {...prompt} {...retry} />
            if (action === 'support' && supportHref) {
              return (
                <a key={action} className={style(action)} href={supportHref}>
                  {labels[action]}
                </a>
              )
            }
            const perform = handlers[action]
            return (
              perform && (
                <button key={action} type="button" className={style(action)} onClick={() => perform(apiError)}>
                  {labels[action]}
                </button>
              )
            )
          })}
          {children}
        </div>
        <SupportDetails error={apiError} title={info.title} t={t} locale={config.locale} />
      </div>
    </div>
  )
})
