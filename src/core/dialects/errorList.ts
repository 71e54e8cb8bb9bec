import { fieldPath } from '../fieldPath.js'
import { isObject, str, type Bag } from '../guards.js'
import { addFieldError, maxFields, type BodyFacts } from './BodyFacts.js'

// Where each dialect puts an item's human text, most specific first (Spring's `defaultMessage`).
const texts = ['detail', 'message', 'msg', 'reason', 'defaultMessage', 'description', 'title']

/** The human text of one item of an error list. */
export function itemMessage(item: unknown): string | undefined {
  if (isObject(item)) for (const key of texts) if (typeof item[key] === 'string') return item[key]
  return undefined
}

function itemField(item: Bag): string | undefined {
  const { source = {}, extensions, params = {} } = item as Record<string, Bag | undefined>
  // A GraphQL error's `path` is where in the response it happened, not an input: its field is an extension.
  if (extensions || item.locations) return fieldPath(extensions?.field ?? extensions?.argumentName)
  // ajv (fastify's `validation`): a `required` error points at the object and names the missing property.
  if (typeof item.instancePath === 'string') return fieldPath(`${item.instancePath}/${str(params.missingProperty) ?? ''}`)
  return fieldPath(item.pointer ?? source.pointer ?? item.loc ?? item.field ?? item.name ?? item.param ?? item.path ?? item.property ?? item.propertyPath ?? source.parameter)
}

/**
 * A list of errors: RFC 9457's `errors: [{ detail, pointer }]`, RFC 7807's
 * `invalid-params: [{ name, reason }]`, JSON:API's `errors: [{ source }]`,
 * FastAPI's `detail: [{ loc, msg }]`, GraphQL's `errors: [{ message }]`,
 * Google's `details: [{ fieldViolations }]`, express-validator, Zod's
 * `issues`, Spring's `errors: [{ field, defaultMessage }]`, Symfony's
 * `violations: [{ propertyPath, title }]`, ajv's `[{ instancePath }]`, or
 * Rails' full messages (strings).
 * The first item gives `message` and `code` when nothing else did; items
 * become field errors (form errors when they name no field) only when
 * `withFields` (on a 400, 409 or 422: elsewhere their paths are usually URLs).
 */
export function readErrorList(list: unknown, facts: BodyFacts, withFields: boolean, depth = 0): void {
  if (!Array.isArray(list) || depth > 1) return
  for (const item of list.slice(0, 1000)) {
    const text = str(item) ?? itemMessage(item)
    facts.message ??= text
    // NestJS GraphQL's `originalError` holds the real messages (see `graphql`); its own is "Bad Request Exception".
    // Once the fields are full only form errors could still come: a path is not worth its cost.
    if (withFields && facts.fields < maxFields && !(item as { extensions?: Bag } | null)?.extensions?.originalError) addFieldError(facts, isObject(item) ? itemField(item) : undefined, text)
    if (!isObject(item)) continue
    facts.code ??= str(item.code)
    readErrorList(item.fieldViolations, facts, withFields, depth + 1)
  }
}
