import { fieldPath } from '../fieldPath.js'
import { isObject, str } from '../guards.js'
import { addFieldError, type BodyFacts } from './BodyFacts.js'

/** The human text of one item of an error list. */
export function itemMessage(item: unknown): string | undefined {
  if (!isObject(item)) return undefined
  return str(item.detail) ?? str(item.message) ?? str(item.msg) ?? str(item.reason) ?? str(item.description) ?? str(item.title)
}

function itemField(item: Record<string, unknown>): string | undefined {
  const source = isObject(item.source) ? item.source : {}
  return fieldPath(item.pointer ?? source.pointer ?? item.loc ?? item.field ?? item.name ?? item.param ?? item.path ?? item.property ?? source.parameter)
}

/**
 * A list of errors: RFC 9457's `errors: [{ detail, pointer }]`, RFC 7807's
 * `invalid-params: [{ name, reason }]`, JSON:API's `errors: [{ source }]`,
 * FastAPI's `detail: [{ loc, msg }]`, GraphQL's `errors: [{ message }]`,
 * Google's `details: [{ fieldViolations }]`, express-validator, Zod's `issues` (a serialized ZodError) or the same sent as `errors`.
 * The first item gives `message` and `code` when nothing else did; items
 * become field errors only when `withFields` (on a 400, 409 or 422: elsewhere
 * their paths are usually URLs).
 */
export function readErrorList(list: unknown, facts: BodyFacts, withFields: boolean, depth = 0): void {
  if (!Array.isArray(list) || depth > 1) return
  for (const item of list.slice(0, 1000)) {
    if (!isObject(item)) continue
    facts.message ??= itemMessage(item)
    facts.code ??= str(item.code)
    if (withFields) addFieldError(facts, itemField(item), itemMessage(item))
    readErrorList(item.fieldViolations, facts, withFields, depth + 1)
  }
}
