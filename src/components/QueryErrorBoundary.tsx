import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { forwardRef, type ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { ErrorAlert, type ErrorAlertProps } from './ErrorAlert.js'

/**
 * Props of {@link QueryErrorBoundary}: the content, plus what its `ErrorAlert`
 * takes (native props, `headingLevel`, `render`, ...).
 *
 * @example
 * ```tsx
 * <QueryErrorBoundary resetKeys={[stationId]} headingLevel={3}><Station id={stationId} /></QueryErrorBoundary>
 * ```
 */
export interface QueryErrorBoundaryProps extends Omit<ErrorAlertProps, 'error' | 'query' | 'onRetry'> {
  children?: ReactNode
  /** Reset the boundary when any of these change (a route param, say). */
  resetKeys?: unknown[]
  /** Called after a reset, before the content renders again. */
  onReset?: () => void
  /**
   * Replaces the `ErrorAlert` fallback.
   *
   * @example
   * ```tsx
   * <QueryErrorBoundary fallbackRender={({ error, resetErrorBoundary }) => <Retry error={error} onRetry={resetErrorBoundary} />} />
   * ```
   */
  fallbackRender?: (props: FallbackProps) => ReactNode
}

/**
 * An error boundary wired to TanStack Query's reset: a query that throws
 * (`useSuspenseQuery`, `throwOnError`) shows an `ErrorAlert`, and its "Try
 * again" resets the failed queries and renders the content again. The
 * error reaches the boundary after the query's own retries, so a 5xx counts
 * as persistent and offers "Contact support". The ref and native props go to
 * the alert.
 *
 * Accessibility: that of `ErrorAlert`.
 *
 * @example
 * ```tsx
 * <QueryErrorBoundary>
 *   <Suspense fallback={<Spinner />}><Stations /></Suspense>
 * </QueryErrorBoundary>
 * ```
 */
export const QueryErrorBoundary = forwardRef<HTMLDivElement, QueryErrorBoundaryProps>(function QueryErrorBoundary(
  { children, resetKeys, onReset, fallbackRender, ...alert },
  ref,
) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKeys={resetKeys}
          onReset={() => {
            reset()
            onReset?.()
          }}
          fallbackRender={(props) =>
            fallbackRender ? fallbackRender(props) : <ErrorAlert ref={ref} persistent error={props.error} onRetry={props.resetErrorBoundary} {...alert} />
          }
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
})
