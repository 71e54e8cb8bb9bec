import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react'
import type { ErrorDescription } from '../messages/describeError.js'
import { cx, srOnly } from './dom.js'
import { RetryPrompt, type RetryPromptProps } from './RetryPrompt.js'
import { useDescription } from './useDescription.js'

/**
 * Props of {@link ErrorAlert}: the native `<div>` props, plus these.
 *
 * @example
 * ```tsx
 * <ErrorAlert error={query.error} onRetry={() => query.refetch()} headingLevel={3} />
 * ```
 */
export interface ErrorAlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Anything thrown or a query's `error`; nothing renders for `null` or `undefined`. */
  error: unknown
  /** Offers "Try again" (with a countdown when the server asked to wait) for a retryable error. */
  onRetry?: () => unknown
  /** Passed to the retry prompt: `retryAt`, `retrying`, `mode`, `autoRetry`. */
  retry?: Pick<RetryPromptProps, 'retryAt' | 'retrying' | 'mode' | 'autoRetry'>
  /** Offers "Sign in" for a 401. Default: the provider's `onUnauthenticated`. */
  onSignIn?: (error: ErrorDescription['error']) => void
  /** The failure survived retries: a 5xx then offers "Contact support". */
  persistent?: boolean
  /** The title's heading level. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
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
}

/**
 * A block for a failed load or action: title, description, the actions that
 * help (retry for retryable errors, sign in for a 401, contact support for a
 * 403 or a persistent 5xx when the provider has a `supportUrl` or
 * `onContactSupport`, "learn more" for a problem `type` that is an http(s)
 * link) and collapsed details for support (status, code, request id,
 * instance) with a copy button.
 *
 * Accessibility: title and description sit in an inner `role="alert"`, so they
 * are announced once without taking focus and the actions are not read as
 * part of the alert; every action is a native button or link in the tab
 * order; the copy result is announced politely.
 *
 * @example
 * ```tsx
 * if (query.isError) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
 * ```
 */
export const ErrorAlert = forwardRef<HTMLDivElement, ErrorAlertProps>(function ErrorAlert(
  { error, onRetry, retry, onSignIn, persistent, headingLevel = 2, render, children, className, ...rest },
  ref,
) {
  const { config, t, info } = useDescription(error, persistent)
  const [copied, setCopied] = useState(false)
  const id = useId()
  if (!info) return null
  const { error: apiError, actions } = info
  const signIn = onSignIn ?? config.onUnauthenticated
  const { supportUrl, onContactSupport } = config
  const label = (action: string) => (action === actions[0] ? info.action : t(`action.${action}`))
  const button = (action: string, onClick: () => void) => (
    <button key={action} type="button" className="rae-button" onClick={onClick}>
      {label(action)}
    </button>
  )
  const link = (action: string, href?: string) =>
    href && (
      <a key={action} className="rae-button" href={href}>
        {label(action)}
      </a>
    )
  const Heading = `h${headingLevel}` as 'h2'
  const details = (
    [
      ['status', apiError.status],
      ['code', apiError.code],
      ['requestId', apiError.requestId],
      ['instance', apiError.instance],
    ] as const
  ).filter((entry) => entry[1] !== undefined)
  const copy = () => {
    const text = details.map(([key, value]) => `${t(`ui.${key}`)}: ${value}`).join('\n')
    // Denied or unavailable clipboard: the details stay on screen to select by hand.
    navigator.clipboard?.writeText(text).then(() => setCopied(true), () => {})
  }

  return (
    <div ref={ref} className={cx('rae-alert', className)} data-category={apiError.category} {...rest}>
      <div role="alert">
        {render ? (
          render(info)
        ) : (
          <>
            <Heading id={id} className="rae-alert__title">
              {info.title}
            </Heading>
            <p className="rae-alert__description">{info.description}</p>
          </>
        )}
      </div>
      <div className="rae-alert__actions">
        {actions.map((action) =>
          action === 'retry'
            ? onRetry && <RetryPrompt key={action} error={error} onRetry={onRetry} {...retry} />
            : action === 'signIn'
              ? signIn && button(action, () => signIn(apiError))
              : action === 'support'
                ? onContactSupport
                  ? button(action, () => onContactSupport(apiError))
                  : link(action, supportUrl)
                : link(action, info.learnMoreUrl),
        )}
        {children}
      </div>
      {details.length > 0 && (
        <details className="rae-details">
          <summary>{t('ui.details')}</summary>
          <dl>
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`ui.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="rae-button" onClick={copy}>
            {t(copied ? 'ui.copied' : 'ui.copy')}
          </button>
          <span role="status" style={srOnly}>
            {copied ? t('ui.copied') : ''}
          </span>
        </details>
      )}
    </div>
  )
})
