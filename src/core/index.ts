// The framework-free core: `react-api-errors/core`. Imports nothing from React.
export { ApiError, isApiError } from './ApiError.js'
export { classifyError } from './classifyError.js'
export { ERROR_CATEGORIES, categoryForStatus, isRetryable } from './ErrorCategory.js'
export { parseRetryAfter } from './retryAfter.js'
export { createRetryPolicy, retryDelay, shouldRetry } from './retryPolicy.js'
export { toApiError } from './toApiError.js'
export { withDeadline } from './withDeadline.js'

export type { ApiErrorInit, FieldErrors } from './ApiError.js'
export type { ClassifyOptions } from './ClassifyOptions.js'
export type { ErrorCategory } from './ErrorCategory.js'
export type { RetryPolicy, RetryPolicyOptions } from './retryPolicy.js'
