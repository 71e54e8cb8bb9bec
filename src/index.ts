// The root entry: the core, the messages, the TanStack Query wiring and the components.
export { ApiError, ERROR_CATEGORIES, categoryForStatus, classifyError, isApiError, isRetryable, parseRetryAfter, toApiError } from './core/index.js'

export type { ApiErrorInit, ClassifyOptions, ErrorCategory, FieldErrors } from './core/index.js'

// Resilience: deadlines for requests
export { withDeadline } from './core/index.js'
