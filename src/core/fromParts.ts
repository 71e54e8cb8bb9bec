import type { ApiError } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { categoryForStatus } from './ErrorCategory.js'
import { emptyFacts, type BodyFacts } from './dialects/BodyFacts.js'
import { readBodyFacts } from './dialects/readBodyFacts.js'
import { parseBody } from './dialects/text.js'
import { clip } from './guards.js'
import { readHeaders } from './headers.js'
import { makeApiError } from './makeApiError.js'
import { decode, maxBodyBytes } from './readText.js'
import { readRequestId } from './requestId.js'
import { readRetryAfter } from './retryAfter.js'

const clipped = (text: string | undefined, max: number) => (text ? clip(text, max) : undefined)

/**
 * Builds the `ApiError` for a response from its status, its headers (a
 * `Headers`, axios' headers or a plain record) and its body: text or bytes
 * still to parse, or a value a client already parsed.
 */
export function fromParts(status: number, headers: unknown, body: unknown, cause: unknown, options: ClassifyOptions): ApiError {
  const header = readHeaders(headers)
  let facts: BodyFacts | undefined
  // A thrown record's text or bytes are bounded as a response's body is.
  const max = options.maxBodyBytes ?? maxBodyBytes
  try {
    if (body instanceof ArrayBuffer) body = new Uint8Array(body)
    if (ArrayBuffer.isView(body)) body = decode(new Uint8Array(body.buffer, body.byteOffset, Math.min(body.byteLength, max)))
    if (typeof body === 'string') body = parseBody(body.slice(0, max))
    facts = readBodyFacts(body, status)
  } catch {
    // A body that fights back (a getter that throws, a revoked proxy) must not
    // cost the status its category: classify from status and headers.
  }
  facts ??= emptyFacts()
  const now = (options.now ?? Date.now)()
  const message = clipped(facts.message, 1000)
  return makeApiError(
    {
      category: facts.category ?? categoryForStatus(status),
      // A thrown record's NaN or Infinity is no status to show anyone.
      status: Number.isFinite(status) ? status : undefined,
      code: clipped(facts.code, 500),
      title: clipped(facts.title, 1000),
      message,
      // Until a dialect says where its message came from: a text body's is text, any other a framework's.
      messageSource: facts.messageSource ?? (!message ? 'none' : typeof body === 'string' ? 'text' : 'framework'),
      // Frozen and prototype-free, so ApiError keeps it rather than copying it.
      fieldErrors: Object.freeze(facts.fieldErrors),
      // Bounded by the dialects (20 of 500 characters).
      formErrors: facts.formErrors,
      retryAfterMs: readRetryAfter(header, status, facts.retryAfter, now),
      occurredAt: now,
      instance: clipped(facts.instance, 2000),
      requestId: readRequestId(header, options.requestIdHeaders) ?? clipped(facts.requestId, 200),
      body,
      cause,
    },
    options,
    header,
  )
}
