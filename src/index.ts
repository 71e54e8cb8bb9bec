// The root entry: the core, the messages, the TanStack Query wiring and the components.
export { ApiError, ERROR_CATEGORIES, categoryForStatus, classifyError, isApiError, isRetryable, parseRetryAfter, toApiError } from './core/index.js'

export type { ApiErrorInit, ClassifyOptions, ErrorCategory, FieldErrors } from './core/index.js'

// Resilience: deadlines for requests
export { withDeadline } from './core/index.js'

// Retry policy (core)
export { createRetryPolicy, retryDelay, shouldRetry } from './core/index.js'
export type { RetryPolicy, RetryPolicyOptions } from './core/index.js'

// TanStack Query wiring and hooks
export { useApiError } from './query/useApiError.js'
export { useCountdown } from './query/useCountdown.js'
export { useQueryError } from './query/useQueryError.js'
export type { Countdown, CountdownTarget } from './query/useCountdown.js'
export type { QueryErrorSource, QueryErrorState } from './query/useQueryError.js'

// Messages and components
export { ApiErrorsProvider, useApiErrorsConfig } from './context/ApiErrorsProvider.js'
export { useTranslator } from './context/useTranslator.js'
export { createTranslator } from './messages/createTranslator.js'
export { describeError } from './messages/describeError.js'
export { en } from './messages/en.js'
export { ErrorAlert } from './components/ErrorAlert.js'
export { ErrorMessage } from './components/ErrorMessage.js'
export { ErrorSummary } from './components/ErrorSummary.js'
export { FieldError } from './components/FieldError.js'
export { fieldErrorId } from './components/fieldErrorId.js'
export { getFieldErrorProps } from './components/getFieldErrorProps.js'
export { QueryErrorBoundary } from './components/QueryErrorBoundary.js'
export { RetryPrompt } from './components/RetryPrompt.js'
export type { ApiErrorsConfig } from './context/ApiErrorsProvider.js'
export type { MessageValues, Translator } from './messages/createTranslator.js'
export type { DescribeOptions, ErrorAction, ErrorDescription } from './messages/describeError.js'
export type { MessageKey } from './messages/en.js'
export type { MessageOptions, MessageOverrides, Messages } from './messages/Messages.js'
export type { ErrorAlertProps } from './components/ErrorAlert.js'
export type { ErrorMessageProps } from './components/ErrorMessage.js'
export type { ErrorSummaryProps } from './components/ErrorSummary.js'
export type { FieldErrorProps } from './components/FieldError.js'
export type { QueryErrorBoundaryProps } from './components/QueryErrorBoundary.js'
export type { RetryPromptProps, RetryState } from './components/RetryPrompt.js'
