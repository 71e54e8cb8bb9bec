import type { ErrorCategory } from '../ErrorCategory.js'
import { isObject, type Bag } from '../guards.js'
import type { BodyFacts } from './BodyFacts.js'
import { readSentences } from './sentences.js'

// Apollo Server's codes and the common ones of other servers (GraphQL Yoga, NestJS, Hasura).
const codes: Record<string, ErrorCategory> = {
  UNAUTHENTICATED: 'unauthenticated',
  UNAUTHORIZED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  ACCESS_DENIED: 'forbidden',
  BAD_USER_INPUT: 'validation',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  BAD_REQUEST: 'validation',
  VALIDATION_FAILED: 'validation',
  GRAPHQL_PARSE_FAILED: 'client',
  NOT_FOUND: 'not_found',
  CONFLICT: 'conflict',
  TOO_MANY_REQUESTS: 'rate_limited',
  RATE_LIMITED: 'rate_limited',
  TIMEOUT: 'timeout',
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
    const category = Object.hasOwn(codes, code) ? codes[code] : undefined
    if (ok) facts.category ??= category
    if (category === 'validation' && isObject(ext.originalError)) readSentences(ext.originalError, facts)
  }
}
