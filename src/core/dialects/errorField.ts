import { isObject, str, type Bag } from '../guards.js'
import type { BodyFacts } from './BodyFacts.js'

const codeLike = /^[\w.:-]+$/

const joined = (value: unknown): string | undefined =>
  str(value) ?? (Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('; ') || undefined : undefined)

/**
 * The shapes that report through `error` and `message`:
 * - the envelope `{ success: false, error: 'snake_case_code', message }`;
 * - OAuth 2's `{ error: 'invalid_grant', error_description }`;
 * - Node frameworks' `{ statusCode, error: 'Bad Request', message }` (Boom,
 *   fastify, NestJS), whose `error` is a reason phrase, not a code;
 * - a bare `{ error: 'human readable text' }`;
 * - `{ error: { code, message } }` (Google, Microsoft, OpenAI, Stripe);
 * - `{ message }` alone, with an optional string `code`.
 */
export function readErrorField(body: Bag, facts: BodyFacts): void {
  const error = body.error
  const message = joined(body.message) ?? str(body.error_description)
  if (typeof error === 'string') {
    if (message === undefined) facts.message ??= error
    else if (typeof body.statusCode !== 'number' && codeLike.test(error)) facts.code ??= error
  } else if (isObject(error)) {
    facts.code ??= str(error.code) ?? str(error.status) ?? str(error.type)
    facts.message ??= str(error.message)
  }
  // The `{ success: false }` envelope's message is its API's words for people.
  if (body.success === false && message && !facts.message) facts.messageSource = 'people'
  facts.message ??= message
  facts.code ??= str(body.code)
}
