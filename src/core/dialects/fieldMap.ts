import { fieldPath } from '../fieldPath.js'
import { isObject, str } from '../guards.js'
import { addFieldError, maxFields, type BodyFacts } from './BodyFacts.js'
import { itemMessage } from './errorList.js'

// Keys whose messages belong to the object that holds them, not to a field of
// it: DRF's `non_field_errors`, Django's `__all__`, Rails' `base`. At the top
// they are form errors.
const own = /^(?:non_field_errors|__all__|base)$/

const join = (at: string, key: string | number) => (at ? `${at}.${key}` : `${key}`)

function read(value: unknown, facts: BodyFacts, at: string, depth: number): void {
  if (depth > 9 || facts.fields >= maxFields) return
  if (Array.isArray(value)) {
    // DRF's `many=True` serializers send one map per item, `{}` for the valid ones.
    value.forEach((item, i) => (isObject(item) && itemMessage(item) === undefined ? read(item, facts, join(at, i), depth + 1) : addFieldError(facts, fieldPath(at), str(item) ?? itemMessage(item))))
  } else if (isObject(value)) {
    for (const key in value) read(value[key], facts, own.test(key) ? at : join(at, key), depth + 1)
  } else {
    addFieldError(facts, fieldPath(at), value)
  }
}

/**
 * A map of field to messages: RFC 9457's `field_errors`, Rails' and Laravel's
 * `errors`, ASP.NET Core's `errors`, Django REST framework's top-level map.
 * Values may be a string, a list of strings or of `{ message }` items, a
 * nested map or a list of maps (DRF's nested serializers), which give dotted
 * paths (`items.0.name`).
 */
export function readFieldMap(map: unknown, facts: BodyFacts): void {
  if (isObject(map) && !Array.isArray(map)) read(map, facts, '', 0)
}

// A message list, or a nested map or list of them.
const bare = (value: unknown, depth: number): boolean =>
  depth < 10 && (typeof value === 'string' ? depth > 1 : isObject(value) && Object.values(value).every((v) => bare(v, depth + 1)) && (depth > 0 || Object.keys(value).length > 0))

/**
 * Whether a body is nothing but a field map, nested maps and lists included
 * (DRF's `{ "email": ["Enter a valid email."], "items": [{}, { "name": ["Required."] }] }`).
 */
export const isBareFieldMap = (body: object): boolean => bare(body, 0)
