import type { ErrorCategory } from '../ErrorCategory.js'
import type { MessageSource } from '../MessageSource.js'
import { clip } from '../guards.js'

/** What a body says, before it becomes an `ApiError`. Each dialect fills in what it knows. */
export interface BodyFacts {
  code?: string
  title?: string
  message?: string
  /** Where `message` came from (set by the dialect that read it). Without it the core derives one: see `fromParts`. */
  messageSource?: MessageSource
  /** Validation messages tied to no field (DRF `non_field_errors`, ...), at most 20 of 500 characters. */
  formErrors?: string[]
  /** A category the body names where the status cannot (a 2xx GraphQL body's `extensions.code`). */
  category?: ErrorCategory
  instance?: string
  retryAfter?: unknown
  requestId?: string
  fieldErrors: Record<string, string[]>
  /** How many fields `fieldErrors` holds: counting keys per message made large lists quadratic. */
  fields: number
  /** The last field message `addFieldError` cleaned, and what it made of it. */
  said?: string
  clean?: string
}

// Bounds, so that a hostile body costs the same as a large honest one.
export const maxFields = 200
const maxPerField = 20

export const emptyFacts = (): BodyFacts => ({ fieldErrors: Object.create(null) as Record<string, string[]>, fields: 0 })

/**
 * Adds one field message: clipped to 500 characters, each field listed once.
 * A message with no field is a form error: never lost.
 */
export function addFieldError(facts: BodyFacts, path: string | undefined, message: unknown): void {
  if (path === undefined) return addFormError(facts, message)
  if (typeof message !== 'string') return
  // A path is a server's key: bounded as its messages are.
  if (path.length > 500) path = path.slice(0, 500)
  // Validation bodies repeat their sentences (one "is required" per item): the last one cleaned is reused.
  if (message !== facts.said) {
    facts.said = message
    facts.clean = clip(message, 500)
  }
  const text = facts.clean
  if (!text) return
  const list = facts.fieldErrors[path]
  if (list) {
    if (list.length < maxPerField && !list.includes(text)) list.push(text)
  } else if (facts.fields++ < maxFields) {
    facts.fieldErrors[path] = [text]
  }
}

/** Adds one validation message tied to no field: clipped to 500 characters, at most 20, each once. */
export function addFormError(facts: BodyFacts, message: unknown): void {
  const text = typeof message === 'string' && clip(message, 500)
  const list = (facts.formErrors ??= [])
  if (text && list.length < maxPerField && !list.includes(text)) list.push(text)
}
