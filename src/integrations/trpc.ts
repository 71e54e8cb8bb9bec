// The tRPC entry: `react-api-errors/trpc`. It imports nothing from tRPC: it
// reads the fields a TRPCClientError (or its JSON) has, so any tRPC 10/11
// client and a server-side TRPCError fit.
import { ApiError, classifyError, type ClassifyOptions, type ErrorAdapter } from '../core/index.js'
import { boundLines, boundFields, isRecord } from './bounds.js'

// tRPC's codes and the HTTP statuses its adapters send for them
// (`getHTTPStatusCodeFromError`): the status when a link has none (WebSockets).
const statusOfCode: Readonly<Record<string, number>> = {
  PARSE_ERROR: 400, BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYMENT_REQUIRED: 402, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405, TIMEOUT: 408, CONFLICT: 409, PRECONDITION_FAILED: 412, PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415, UNPROCESSABLE_CONTENT: 422, TOO_MANY_REQUESTS: 429, CLIENT_CLOSED_REQUEST: 499,
  INTERNAL_SERVER_ERROR: 500, NOT_IMPLEMENTED: 501, BAD_GATEWAY: 502, SERVICE_UNAVAILABLE: 503, GATEWAY_TIMEOUT: 504,
}

const isCode = (value: unknown): value is string => typeof value === 'string' && Object.hasOwn(statusOfCode, value)

interface Parts {
  message: unknown
  data: Record<string, unknown>
  response?: unknown
}

/**
 * The message and `data` of what tRPC threw, in each form it travels in: a
 * `TRPCClientError` (also JSON-parsed or structured-cloned), its `shape`, an
 * error response `{ error: shape }`, and a server-side `TRPCError`.
 */
function readParts(value: Record<string, unknown>): Parts | undefined {
  const { data, shape, meta } = value
  const response = isRecord(meta) ? meta.response : undefined
  if (isRecord(data) && isCode(data.code)) return { message: value.message ?? (isRecord(shape) ? shape.message : undefined), data, response }
  if (isRecord(value.error) && typeof value.error.code === 'number') return readParts(value.error)
  // A server-side TRPCError (createCaller, server components) carries the code itself.
  if (value.name === 'TRPCError' && isCode(value.code)) return { message: value.message, data: { code: value.code } }
  return undefined
}

/** `zodError` as tRPC's docs put it in `data`: Zod's `flatten()` / `z.flattenError()`. */
function zodFacts(zodError: unknown) {
  if (!isRecord(zodError)) return undefined
  return { fieldErrors: boundFields(zodError.fieldErrors), formErrors: boundLines(zodError.formErrors) }
}

const made = new WeakMap<object, ApiError>()

/**
 * The tRPC adapter: classifies a `TRPCClientError` by `data.httpStatus`
 * (else `data.code`), with `data.code` as the `code`, field errors from
 * `data.zodError` (Zod's `flatten()`: `fieldErrors` on the fields,
 * `formErrors` on the form) and `Retry-After` and request id from the
 * response. A client error with no `data` (no response: offline, aborted) is
 * classified by its `cause`. `undefined` for anything tRPC did not throw.
 *
 * @example
 * ```tsx
 * const classify = { adapters: [trpcAdapter] }
 * <ApiErrorsProvider classify={classify}>…</ApiErrorsProvider>
 * ```
 */
export const trpcAdapter: ErrorAdapter = (value, options) => {
  if (!isRecord(value)) return undefined
  const known = made.get(value)
  if (known) return known
  const parts = readParts(value)
  if (!parts) {
    // No response, or one that was not tRPC's (a proxy's HTML 502): the cause, or the response.
    if (value.name !== 'TRPCClientError') return undefined
    const { response } = isRecord(value.meta) ? value.meta : {}
    const error = isRecord(response) && Number(response.status) >= 400 ? classifyError(response, options) : value.cause !== undefined ? classifyError(value.cause, options) : undefined
    return error && new ApiError({ ...error, message: error.message, cause: value })
  }
  const { data, response } = parts
  const status = Number.isInteger(data.httpStatus) ? (data.httpStatus as number) : statusOfCode[data.code as string]
  // Status, headers and URL as the classifier reads them from any response: category, Retry-After, request id, profile.
  const headers = isRecord(response) ? response.headers : undefined
  const base = classifyError({ status, headers, url: isRecord(response) ? response.url : undefined }, options)
  const zod = zodFacts(data.zodError)
  const code = data.code as string
  // A TRPCError without a message has its code as the message; Zod's is its issues as JSON.
  const message = typeof parts.message === 'string' && parts.message !== code ? parts.message.slice(0, 1000) : ''
  const error = new ApiError({
    ...base,
    category: zod ? 'validation' : base.category,
    code,
    message,
    messageSource: !message ? 'none' : zod || (status ?? 500) >= 500 ? 'framework' : 'people',
    fieldErrors: zod?.fieldErrors,
    formErrors: zod?.formErrors,
    retryable: undefined,
    body: data,
    cause: value,
  })
  made.set(value, error)
  return error
}

/**
 * Classifies what a tRPC call threw, with {@link trpcAdapter} first: an
 * `ApiError` for anything (a non-tRPC value is classified as usual).
 *
 * @example
 * ```ts
 * const save = trpc.vehicle.save.useMutation({ onError: (thrown) => applyFieldErrors(classifyTrpcError(thrown), form) })
 * ```
 */
export function classifyTrpcError(value: unknown, options: ClassifyOptions = {}): ApiError {
  return trpcAdapter(value, options) ?? classifyError(value, options)
}
