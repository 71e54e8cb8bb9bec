import { ApiError, handedOver } from './ApiError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'
import { categoryForStatus } from './ErrorCategory.js'
import { emptyFacts } from './dialects/BodyFacts.js'
import { readBodyFacts } from './dialects/readBodyFacts.js'
import { parseBody } from './dialects/text.js'
import { clip } from './guards.js'
import { readHeaders } from './headers.js'
import { maxBodyBytes } from './readText.js'
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
  let facts = emptyFacts()
  // A thrown record's text or bytes are bounded as a response's body is.
  const max = options.maxBodyBytes ?? maxBodyBytes
  try {
    if (body instanceof ArrayBuffer) body = new Uint8Array(body)
    if (ArrayBuffer.isView(body)) body = new TextDecoder().decode(new Uint8Array(body.buffer, body.byteOffset, Math.min(body.byteLength, max)))
    if (typeof body === 'string') body = parseBody(body.slice(0, max))
    facts = readBodyFacts(body, status)
  } catch {
    // A body that fights back (a getter that throws, a revoked proxy) must not
    // cost the status its category: classify from status and headers.
  }
  handedOver.add(facts.fieldErrors)
  return new ApiError({
    category: categoryForStatus(status),
    // A thrown record's NaN or Infinity is no status to show anyone.
    status: Number.isFinite(status) ? status : undefined,
    code: clipped(facts.code, 500),
    title: clipped(facts.title, 1000),
    message: clipped(facts.message, 1000),
    fieldErrors: facts.fieldErrors,
    retryAfterMs: readRetryAfter(header, status, facts.retryAfter, (options.now ?? Date.now)()),
    instance: clipped(facts.instance, 2000),
    requestId: readRequestId(header, options.requestIdHeaders) ?? clipped(facts.requestId, 200),
    body,
    cause,
  })
}
