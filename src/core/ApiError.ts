import { ERROR_CATEGORIES, isRetryable, type ErrorCategory } from './ErrorCategory.js'

/** Field path (`address.city`, `items.0.name`) to its messages. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>

// Field maps the classifier built for an error (null-prototype, used nowhere
// else): frozen as they are. Copying 200 fields cost more than reading them.
export const handedOver = new WeakSet<object>()

/**
 * What an {@link ApiError} is made from. Only `category` is required; the
 * classifier fills the rest from the response.
 *
 * @example
 * ```ts
 * new ApiError({ category: 'validation', status: 422, fieldErrors: { email: ['Taken'] } })
 * ```
 */
export interface ApiErrorInit {
  category: ErrorCategory
  status?: number
  code?: string
  title?: string
  message?: string
  fieldErrors?: FieldErrors
  /** Default: what the category and status say (`isRetryable`). */
  retryable?: boolean
  retryAfterMs?: number
  instance?: string
  requestId?: string
  body?: unknown
  /** The value that was thrown or the response that failed, for debugging. */
  cause?: unknown
}

/**
 * A failed API call, classified. Every hook and component of the library reads
 * this; `classifyError` and `toApiError` make it from whatever failed.
 *
 * @example
 * ```ts
 * const error = await toApiError(response)
 * if (error.category === 'validation') showFieldErrors(error.fieldErrors)
 * ```
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  declare readonly category: ErrorCategory
  /** `undefined` when no response arrived. */
  declare readonly status: number | undefined
  /** Machine-readable code: a problem `type`, an envelope's `error`, a `code` field. */
  declare readonly code: string | undefined
  declare readonly title: string | undefined
  /** The server's human-readable text, `''` if none. Not always fit for users: see `describeError`. */
  declare readonly message: string
  declare readonly fieldErrors: FieldErrors
  declare readonly retryable: boolean
  declare readonly retryAfterMs: number | undefined
  declare readonly instance: string | undefined
  declare readonly requestId: string | undefined
  /** The parsed JSON, the text, or `undefined`. */
  declare readonly body: unknown

  constructor(init: ApiErrorInit) {
    super(init.message ?? '', { cause: init.cause })
    // Every field is an own property, also when undefined, so that spreads,
    // structured clones and `toMatchObject` see the whole contract. Plain
    // assignments: they cost a third of `Object.assign` and a rest spread.
    this.category = init.category
    this.status = init.status
    this.code = init.code
    this.title = init.title
    // Field names come from servers: without a prototype, `fieldErrors.constructor`
    // is a field's messages or nothing, never Object's.
    const fields = init.fieldErrors ?? {}
    this.fieldErrors = Object.freeze(handedOver.has(fields) ? fields : Object.assign(Object.create(null) as FieldErrors, fields))
    this.retryable = init.retryable ?? isRetryable(init.category, init.status)
    this.retryAfterMs = init.retryAfterMs
    this.instance = init.instance
    this.requestId = init.requestId
    this.body = init.body
  }
}

/**
 * Whether a value is an {@link ApiError}, also one made by another copy of the
 * library or in another realm (an iframe, a worker's structured clone).
 *
 * @example
 * ```ts
 * if (isApiError(query.error)) console.log(query.error.category)
 * ```
 */
export function isApiError(value: unknown): value is ApiError {
  try {
    if (value instanceof ApiError) return true
    // Anything else may be a server's JSON claiming the name (`throw await
    // response.json()`): trusted only when shaped like one, so that no
    // component meets a category it does not know or field errors that are
    // not lists of strings.
    const error = value as Partial<Record<keyof ApiError, unknown>> | null
    const fields = typeof error?.fieldErrors === 'object' && error.fieldErrors !== null ? Object.values(error.fieldErrors) : undefined
    return (
      error?.name === 'ApiError' &&
      ERROR_CATEGORIES.includes(error.category as ErrorCategory) &&
      typeof error.message === 'string' &&
      fields !== undefined &&
      fields.every((messages) => Array.isArray(messages) && messages.every((message) => typeof message === 'string'))
    )
  } catch {
    // A revoked proxy or a throwing getter is no ApiError.
    return false
  }
}
