import type { FieldErrors } from '../core/index.js'

/**
 * How a server's field paths (`address.city`, `items.0.name`) become the
 * form's field names: a record (unlisted paths keep their name) or a function
 * (`undefined`: the form has no such field, so its messages go to the
 * summary and, with react-hook-form, to `errors.root.server`).
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider fieldNames={{ vin_number: 'vin' }}>…</ApiErrorsProvider>
 * <ApiErrorsProvider fieldNames={camelCaseFieldNames}>…</ApiErrorsProvider>
 * ```
 */
export type FieldNames = Readonly<Record<string, string>> | ((path: string) => string | undefined)

/** A failure's field errors under the form's names. */
export interface FormFieldErrors {
  /** Form field name to its messages (paths that map to one name are merged). */
  fields: FieldErrors
  /** Server path to the messages of fields the form does not have. */
  unplaced: FieldErrors
}

/**
 * The form's name for a server's field path, `undefined` when the form has no
 * such field.
 *
 * @example
 * ```ts
 * formFieldName('vin_number', { vin_number: 'vin' }) // 'vin'
 * formFieldName('items.0.unit_price', camelCaseFieldNames) // 'items.0.unitPrice'
 * ```
 */
export function formFieldName(path: string, fieldNames?: FieldNames): string | undefined {
  if (typeof fieldNames === 'function') return fieldNames(path) || undefined
  // Server paths are data: `constructor` must not find Object's.
  return fieldNames && Object.prototype.hasOwnProperty.call(fieldNames, path) ? fieldNames[path] || undefined : path
}

/**
 * Maps snake_case, kebab-case and PascalCase segments of a server path to
 * camelCase, the usual names of a JavaScript form: `first_name` → `firstName`,
 * `Items.0.Name` (ASP.NET Core, gin) → `items.0.name`. Pass it as
 * `fieldNames`.
 *
 * @example
 * ```tsx
 * camelCaseFieldNames('billing_address.postal_code') // 'billingAddress.postalCode'
 * <ApiErrorsProvider fieldNames={camelCaseFieldNames}>…</ApiErrorsProvider>
 * ```
 */
export function camelCaseFieldNames(path: string): string {
  return path
    .split('.')
    .map((segment) => segment.replace(/^[A-Z](?=[a-z\d]|$)/, (c) => c.toLowerCase()).replace(/[_-]+([a-z\d])/gi, (_, c: string) => c.toUpperCase()))
    .join('.')
}

const none: FieldErrors = Object.freeze(Object.create(null) as FieldErrors)
// One mapping per field map and `fieldNames`: every FieldError of a form asks for it.
const cache = new WeakMap<FieldErrors, { names: FieldNames; mapped: FormFieldErrors }>()

/**
 * A failure's field errors under the form's names, and those the form has no
 * field for. Without `fieldNames`, the server's paths are the form's names.
 *
 * @example
 * ```ts
 * const { fields, unplaced } = formFieldErrors(error.fieldErrors, { vin_number: 'vin' })
 * ```
 */
export function formFieldErrors(fieldErrors: FieldErrors, fieldNames?: FieldNames): FormFieldErrors {
  if (!fieldNames) return { fields: fieldErrors, unplaced: none }
  const hit = cache.get(fieldErrors)
  if (hit?.names === fieldNames) return hit.mapped
  const fields = Object.create(null) as Record<string, string[]>
  const unplaced = Object.create(null) as Record<string, string[]>
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const name = formFieldName(path, fieldNames)
    if (name === undefined) unplaced[path] = [...messages]
    else (fields[name] ??= []).push(...messages.filter((message) => !fields[name]!.includes(message)))
  }
  const mapped = { fields, unplaced }
  cache.set(fieldErrors, { names: fieldNames, mapped })
  return mapped
}
