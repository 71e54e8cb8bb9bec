import { isObject, str } from '../guards.js'
import { emptyFacts, type BodyFacts } from './BodyFacts.js'
import { readErrorField } from './errorField.js'
import { readErrorList } from './errorList.js'
import { isBareFieldMap, readFieldMap } from './fieldMap.js'
import { readProblemDetails } from './problemDetails.js'
import { textMessage } from './text.js'

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
  const withFields = status !== undefined && listStatuses.has(status)
  if (Array.isArray(body)) {
    readErrorList(body, facts, withFields)
    return facts
  }
  if (!isObject(body)) return facts
  readProblemDetails(body, facts)
  readErrorField(body, facts)
  readFieldMap(body.field_errors, facts)
  readFieldMap(body.errors, facts)
  // The contract: a problem's message is its detail, else its title, before any list item's.
  facts.message ??= facts.title
  const nested = isObject(body.error) ? body.error : {}
  for (const list of [body.errors, body['invalid-params'], body.detail, body.message, body.issues, nested.errors, nested.details]) {
    readErrorList(list, facts, withFields)
  }
  if (withFields && !facts.fields && !facts.message && !facts.code && !facts.title && isBareFieldMap(body)) readFieldMap(body, facts)
  facts.retryAfter = body.retry_after ?? body.retryAfter
  facts.requestId = str(body.request_id) ?? str(body.requestId) ?? str(body.traceId) ?? str(body.trace_id)
  return facts
}
