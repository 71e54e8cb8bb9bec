import { ERROR_CATEGORIES, type ErrorCategory } from '../ErrorCategory.js'
import { isObject, type Bag } from '../guards.js'
import type { BodyFacts } from './BodyFacts.js'
import { readSentences } from './sentences.js'

// A code that names a category (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, CONFLICT,
// RATE_LIMITED, TIMEOUT) is that category; Apollo Server's and other servers'
// (GraphQL Yoga, NestJS, Hasura) other codes are these.
const aliases: Record<string, ErrorCategory> = {
  BAD_USER_INPUT: 'validation',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  BAD_REQUEST: 'validation',
  VALIDATION_FAILED: 'validation',
  GRAPHQL_PARSE_FAILED: 'client',
  UNAUTHORIZED: 'unauthenticated',
  ACCESS_DENIED: 'forbidden',
  TOO_MANY_REQUESTS: 'rate_limited',
  SERVICE_UNAVAILABLE: 'unavailable',
  INTERNAL_SERVER_ERROR: 'server',
}

/**
 * A GraphQL body's `errors[].extensions.code`: on a 2xx, where the status
 * says nothing, the first known code gives the category. A validation error's
 * NestJS `originalError` (class-validator sentences) gives field errors.
 */
export function readGraphQL(errors: unknown, facts: BodyFacts, ok: boolean): void {
  if (!Array.isArray(errors)) return
  for (const item of errors) {
    const ext = isObject(item) ? (item.extensions as Bag | undefined) : undefined
    if (!isObject(ext)) continue
    const code = String(ext.code).toUpperCase().replace(/-/g, '_')
    const category = Object.hasOwn(aliases, code) ? aliases[code] : ERROR_CATEGORIES.find((name) => name.toUpperCase() === code)
    if (ok) facts.category ??= category
    if (category === 'validation' && isObject(ext.originalError)) readSentences(ext.originalError, facts)
  }
}
