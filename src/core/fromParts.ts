import { ApiError } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { categoryForStatus, isRetryable } from './ErrorCategory.js'
import { readBodyFacts } from './dialects/readBodyFacts.js'
import { parseBody } from './dialects/text.js'
import { clip } from './guards.js'
import { readHeaders } from './headers.js'
import { readRequestId } from './requestId.js'
import { readRetryAfter } from './retryAfter.js'

/** The parts of a failed response, however they arrived. */
export interface ResponseParts {
  status: number
  /** A `Headers`, axios' headers or a plain record. */
  headers?: unknown
  /** Text still to parse (`raw: true`) or a value already parsed by a client. */
  body?: unknown
  raw?: boolean
  cause?: unknown
}

/** Builds the `ApiError` for a response from its status, headers and body. */
export function fromParts(parts: ResponseParts, options: ClassifyOptions = {}): ApiError {
  const { status, cause } = parts
  let body = parts.body
  if (parts.raw && typeof body === 'string') body = parseBody(body).value
  const header = readHeaders(parts.headers)
  const facts = readBodyFacts(body, status)
  const category = categoryForStatus(status)
  return new ApiError({
    category,
    status,
    code: facts.code ? clip(facts.code, 500) : undefined,
    title: facts.title ? clip(facts.title, 1000) : undefined,
    message: clip(facts.message ?? '', 1000),
    fieldErrors: facts.fieldErrors,
    retryable: isRetryable(category, status),
    retryAfterMs: readRetryAfter(header, status, facts.retryAfter, (options.now ?? Date.now)()),
    instance: facts.instance ? clip(facts.instance, 2000) : undefined,
    requestId: readRequestId(header, options.requestIdHeaders) ?? facts.requestId,
    body,
    cause,
  })
}
