import { ERROR_CATEGORIES, isRetryable, type ErrorCategory } from './ErrorCategory.js'
import { isObject } from './guards.js'
import type { MessageSource } from './MessageSource.js'

/** Field path (`address.city`, `items.0.name`) to its messages. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>

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
  /** Default: `'people'` when there is a message (whoever wrote it chose it), else `'none'`. */
  messageSource?: MessageSource
  fieldErrors?: FieldErrors
  formErrors?: readonly string[]
  /** Default: what the category table says for the category and status (`isRetryable`). */
  retryable?: boolean
  retryAfterMs?: number
  instance?: string
  requestId?: string
  url?: string
  method?: string
  /** Epoch milliseconds. Default: now. */
  occurredAt?: number
  profile?: string
  body?: unknown
  /** The value that was thrown or the response that failed, for debugging. */
  cause?: unknown
}

/**
 * The serialisable form of an {@link ApiError} (`error.toJSON()`): plain,
 * JSON-safe data, without `cause`, `stack` and `body` (they can be large and
 * can hold what a server should not hand to a browser). `classifyError` turns
 * it back into an `ApiError`.
 *
 * @example
 * ```ts
 * const json: ApiErrorJSON = JSON.parse(JSON.stringify(error))
 * classifyError(json).category === error.category // true
 * ```
 */
export type ApiErrorJSON = { readonly name: 'ApiError' } & Omit<ApiErrorInit, 'body' | 'cause'> &
  Pick<ApiError, 'message' | 'messageSource' | 'fieldErrors' | 'formErrors' | 'retryable' | 'occurredAt'>

const noFormErrors: readonly string[] = Object.freeze([])

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
  /** Where `message` came from: a field meant for people, a framework's default text, a plain-text body, or none. */
  declare readonly messageSource: MessageSource
  declare readonly fieldErrors: FieldErrors
  /** Validation messages tied to no field (DRF `non_field_errors`, ...). */
  declare readonly formErrors: readonly string[]
  declare readonly retryable: boolean
  declare readonly retryAfterMs: number | undefined
  declare readonly instance: string | undefined
  declare readonly requestId: string | undefined
  /** The URL of the request that failed, when the response or the client's error says it. */
  declare readonly url: string | undefined
  /** Its HTTP method, upper case, when the client's error says it. */
  declare readonly method: string | undefined
  /** When it was classified, in epoch milliseconds (`ClassifyOptions.now`). */
  declare readonly occurredAt: number
  /** The `name` of the API profile that matched the failure. */
  declare readonly profile: string | undefined
  /** The parsed JSON, the text, or `undefined`. */
  declare readonly body: unknown

  constructor(init: ApiErrorInit) {
    // The stack is kept, for error trackers that group by it, though after an
    // await V8 walks the async chain for it: `npm run bench` prints its cost
    // (0.1x to 0.2x of the floor on a 326 B body).
    super(init.message ?? '', { cause: init.cause })
    // Every field is an own property, also when undefined, so that spreads,
    // structured clones and `toMatchObject` see the whole contract. Plain
    // assignments: they cost a third of `Object.assign` and a rest spread.
    this.category = init.category
    this.status = init.status
    this.code = init.code
    this.title = init.title
    this.messageSource = init.messageSource ?? (this.message ? 'people' : 'none')
    // Field names come from servers: without a prototype, `fieldErrors.constructor`
    // is a field's messages or nothing, never Object's. A map that is frozen and
    // prototype-free already (the classifier's own) cannot change under us and
    // is kept as it is: copying 200 fields cost more than reading them.
    const fields = init.fieldErrors ?? {}
    this.fieldErrors = Object.isFrozen(fields) && !Object.getPrototypeOf(fields) ? fields : Object.freeze(Object.assign(Object.create(null) as FieldErrors, fields))
    this.formErrors = init.formErrors?.length ? Object.freeze([...init.formErrors]) : noFormErrors
    this.retryable = init.retryable ?? isRetryable(init.category, init.status)
    this.retryAfterMs = init.retryAfterMs
    this.instance = init.instance
    this.requestId = init.requestId
    this.url = init.url
    this.method = init.method
    this.occurredAt = init.occurredAt ?? Date.now()
    this.profile = init.profile
    this.body = init.body
  }

  /**
   * The serialisable form ({@link ApiErrorJSON}): what a server action or a
   * route handler hands to the browser. `JSON.stringify(error)` calls it.
   *
   * @example
   * ```ts
   * return { error: classifyError(thrown).toJSON() } // in a server action; the client renders <ErrorAlert error={result.error} />
   * ```
   */
  toJSON(): ApiErrorJSON {
    // The own enumerable fields are the contract's (Error's message, stack and cause are not enumerable).
    const json: Partial<Record<string, unknown>> = { ...(this as object), message: this.message }
    delete json.body
    // Plain copies: React's server-to-client serialiser rejects null-prototype or frozen-class objects.
    json.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).map(([field, messages]) => [field, [...messages]]))
    json.formErrors = [...this.formErrors]
    return json as ApiErrorJSON
  }
}

/** Whether a value has the fields an `ApiError` has, of the types components rely on. */
export function hasApiErrorShape(value: unknown): value is ApiError {
  const error = value as Partial<Record<keyof ApiError, unknown>> | null
  return (
    error?.name === 'ApiError' &&
    ERROR_CATEGORIES.includes(error.category as ErrorCategory) &&
    typeof error.message === 'string' &&
    isObject(error.fieldErrors) &&
    Object.values(error.fieldErrors).every((messages) => Array.isArray(messages) && messages.every((message) => typeof message === 'string'))
  )
}

/**
 * Whether a value is an {@link ApiError}, also one made by another copy of the
 * library or in another realm (an iframe). Its serialisable form, a plain
 * object, is not: pass that to `classifyError`, which revives it.
 *
 * @example
 * ```ts
 * if (isApiError(query.error)) console.log(query.error.category)
 * ```
 */
export function isApiError(value: unknown): value is ApiError {
  try {
    // Anything else must be an Error (the brand check works across realms),
    // shaped like one: a server's JSON may claim the name (`throw await
    // response.json()`), and no component may meet a category it does not
    // know or field errors that are not lists of strings.
    return value instanceof ApiError || (Object.prototype.toString.call(value) === '[object Error]' && hasApiErrorShape(value))
  } catch {
    // A revoked proxy or a throwing getter is no ApiError.
    return false
  }
}
