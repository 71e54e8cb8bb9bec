import { ApiError } from './ApiError.js'
import { clip, str, type Bag } from './guards.js'
import type { MessageSource } from './MessageSource.js'

const text = (value: unknown, max: number) => (typeof value === 'string' ? clip(value, max) || undefined : undefined)
const finite = (value: unknown) => (Number.isFinite(value) ? (value as number) : undefined)

/**
 * An `ApiError` again from its serialisable form (`toJSON()`, after
 * `JSON.parse` or a structured clone), already checked to have an ApiError's
 * shape. It is data from elsewhere: each fact is taken only with its type,
 * and bounded as the classifier bounds it.
 */
export function revive(json: ApiError): ApiError {
  const { formErrors, messageSource, retryable } = json as unknown as Bag
  return new ApiError({
    category: json.category,
    status: Number.isInteger(json.status) ? json.status : undefined,
    code: text(json.code, 500),
    title: text(json.title, 1000),
    message: clip(json.message, 1000),
    messageSource: /^(people|framework|text|none)$/.test(str(messageSource) ?? '') ? (messageSource as MessageSource) : undefined,
    fieldErrors: json.fieldErrors,
    formErrors: Array.isArray(formErrors) ? formErrors.filter((line): line is string => typeof line === 'string').slice(0, 20) : undefined,
    retryable: typeof retryable === 'boolean' ? retryable : undefined,
    retryAfterMs: finite(json.retryAfterMs),
    instance: text(json.instance, 2000),
    requestId: text(json.requestId, 200),
    url: text(json.url, 2000),
    method: text(json.method, 20),
    occurredAt: finite(json.occurredAt),
    profile: text(json.profile, 200),
    cause: json,
  })
}
