import { isObject, str } from '../guards.js'
import { emptyFacts, type BodyFacts } from './BodyFacts.js'
import { readErrorField } from './errorField.js'
import { readErrorList } from './errorList.js'
import { isBareFieldMap, readFieldMap } from './fieldMap.js'
import { readGraphQL } from './graphql.js'
import { readProblemDetails } from './problemDetails.js'
import { readSentences } from './sentences.js'
import { parseBody, textMessage } from './text.js'

const listStatuses = new Set([400, 409, 422])

/**
 * Everything a body says, whatever dialect it speaks. Dialects fill in only
 * what is still missing, so the most specific shape wins and none needs to be
 * chosen up front.
 */
export function readBodyFacts(body: unknown, status: number | undefined): BodyFacts {
  const facts = emptyFacts()
  if (typeof body === 'string') {
    facts.message = textMessage(body)
    return facts
  }
  let withFields = status !== undefined && listStatuses.has(status)
  if (Array.isArray(body)) {
    readErrorList(body, facts, withFields)
    return facts
  }
  if (!isObject(body)) return facts
  readGraphQL(body.errors, facts, status !== undefined && status >= 200 && status < 300)
  withFields ||= facts.category === 'validation'
  readProblemDetails(body, facts)
  const nested = isObject(body.error) ? body.error : {}
  // Zod 4 serialises a ZodError's issues as JSON text in its `message` (hono's zod-validator sends it as `error`).
  const zod4 = str(nested.message)?.startsWith('[') ? parseBody(nested.message as string) : undefined
  readErrorList(zod4, facts, withFields)
  readErrorField(body, facts)
  if (withFields) readSentences(body, facts)
  readFieldMap(body.field_errors, facts)
  readFieldMap(body.errors, facts)
  // The contract: a problem's message is its detail, else its title, before any list item's.
  facts.message ??= facts.title
  for (const list of [body.errors, body['invalid-params'], body.detail, body.issues, body.violations, body.validation, nested.errors, nested.details, nested.issues]) {
    readErrorList(list, facts, withFields)
  }
  if (withFields && !facts.fields && !facts.message && !facts.code && !facts.title && isBareFieldMap(body)) readFieldMap(body, facts)
  facts.retryAfter = body.retry_after ?? body.retryAfter
  facts.requestId = str(body.request_id) ?? str(body.requestId) ?? str(body.traceId) ?? str(body.trace_id)
  return facts
}
