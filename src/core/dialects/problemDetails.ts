import { str, type Bag } from '../guards.js'
import type { BodyFacts } from './BodyFacts.js'

/**
 * RFC 9457 problem details (`type`, `title`, `detail`, `instance`), whether
 * served as `application/problem+json` or as plain JSON. The `title` stands in
 * for a missing `detail` only after every other dialect had its say. The
 * field-error extensions are read by `fieldMap` and `errorList`.
 */
export function readProblemDetails(body: Bag, facts: BodyFacts): void {
  const type = str(body.type)
  if (type && type !== 'about:blank') facts.code = type
  facts.title = str(body.title)
  facts.instance = str(body.instance)
  facts.message = str(body.detail)
  // A detail is written for people (RFC 9457 §3.1.4); a title is often a framework's default.
  if (facts.message) facts.messageSource = 'people'
}
