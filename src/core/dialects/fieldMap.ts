import { fieldPath } from '../fieldPath.js'
import { isObject, str } from '../guards.js'
import { addFieldError, type BodyFacts } from './BodyFacts.js'
import { itemMessage } from './errorList.js'

/**
 * A map of field to messages: RFC 9457's `field_errors`, Rails' and Laravel's
 * `errors`, Django REST framework's top-level map. Values may be a string, a
 * list of strings or of `{ message }` items, or a nested map (DRF's nested
 * serializers), which gives dotted paths.
 */
export function readFieldMap(map: unknown, facts: BodyFacts, prefix = '', depth = 0): void {
  if (!isObject(map) || Array.isArray(map) || depth > 8) return
  for (const [key, value] of Object.entries(map)) {
    const path = fieldPath(prefix + key)
    if (Array.isArray(value)) {
      for (const item of value) addFieldError(facts, path, str(item) ?? itemMessage(item))
    } else if (isObject(value)) {
      readFieldMap(value, facts, `${prefix}${key}.`, depth + 1)
    } else {
      addFieldError(facts, path, value)
    }
  }
}

/**
 * Whether a body is nothing but a field map, nested maps included (DRF's
 * `{ "email": ["Enter a valid email."], "address": { "city": ["Required."] } }`).
 */
export const isBareFieldMap = (body: object, depth = 0): boolean => {
  const values = Object.values(body)
  return values.length > 0 && depth < 9 && values.every((v) =>
    Array.isArray(v) ? v.length > 0 && v.every((m) => typeof m === 'string') : isObject(v) && isBareFieldMap(v, depth + 1))
}
