// The TanStack Form entry: `react-api-errors/tanstack-form`. It imports only
// TanStack Form's types, so the form library stays an optional peer.
import type { AnyFormApi } from '@tanstack/react-form'
import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { describeFormError } from '../messages/describeFormError.js'

/**
 * The parts of a TanStack Form `FormApi` (`useForm()`'s result) the adapter
 * uses; pass the whole form.
 *
 * @example
 * ```ts
 * const form = useForm({ defaultValues: { plate: '' } })
 * applyFormErrors(error, form)
 * ```
 */
export type FormErrorsTarget = Pick<AnyFormApi, 'fieldInfo' | 'setErrorMap'>

/**
 * How {@link applyFormErrors} places a server's messages.
 *
 * @example
 * ```ts
 * applyFormErrors(error, form, { fieldName: { vin_number: 'vin' } })
 * ```
 */
export interface ApplyFormErrorsOptions {
  /**
   * The form field a server path belongs to: a map (unlisted paths keep their
   * name) or a function (`undefined` sends the messages to the form). Default:
   * the path itself (`address.city`, `items.0.name`).
   *
   * @example
   * ```ts
   * { fieldName: (path) => path.replace(/^items\.(\d+)/, 'items[$1]') }
   * ```
   */
  fieldName?: Readonly<Record<string, string>> | ((path: string) => string | undefined)
  /**
   * The form-level words. Default: `describeFormError` (what failed and what
   * to do, in English), as the react-hook-form adapter says it.
   *
   * @example
   * ```ts
   * { message: (error) => describeFormError(error, { locale: 'fr' }) }
   * ```
   */
  message?: (error: ApiError) => string
  /**
   * Focus the first field that got a message (the element with its `name`),
   * in document order. Default `true`.
   *
   * @example
   * ```ts
   * { shouldFocus: false }
   * ```
   */
  shouldFocus?: boolean
  /**
   * Options for classifying the thrown value.
   *
   * @example
   * ```ts
   * { classify: { adapters: [trpcAdapter] } }
   * ```
   */
  classify?: ClassifyOptions
}

/**
 * What the form shows for a failure, in the shape a TanStack Form validator
 * returns (`{ form, fields }`): each field's messages on its field, and on the
 * form what no mounted field can show (a form-level failure, the server's
 * form errors, a field the form does not have). Return it from an
 * `onSubmitAsync` validator, or let {@link applyFormErrors} set it.
 *
 * @example
 * ```ts
 * validators: { onSubmitAsync: ({ value }) => save(value).then(() => null, (error: unknown) => formErrorsFor(error, form)) }
 * ```
 */
export function formErrorsFor(error: unknown, form: { readonly fieldInfo: object }, options: ApplyFormErrorsOptions = {}): { form?: string; fields: Record<string, string> } {
  const apiError = classifyError(error, options.classify)
  const { fieldName } = options
  const fields: Record<string, string> = {}
  const lines: string[] = [...apiError.formErrors]
  for (const [path, messages] of Object.entries(apiError.fieldErrors)) {
    const name = typeof fieldName === 'function' ? fieldName(path) : (fieldName?.[path] ?? path)
    // Only a mounted field shows its errors; any other name would be lost.
    if (name && Object.hasOwn(form.fieldInfo, name)) fields[name] = messages.join('; ')
    else lines.push(`${path}: ${messages.join('; ')}`)
  }
  const placed = Object.keys(fields).length > 0
  if (placed && lines.length === 0) return { fields }
  const text = options.message ? options.message(apiError) : describeFormError(apiError)
  // The server's own form errors say more than the category's words; else those come first.
  return { form: [...(apiError.formErrors.length > 0 ? [] : [text]), ...lines].filter(Boolean).join('\n'), fields }
}

/**
 * Applies a failed call to a TanStack Form form in one call, as the
 * react-hook-form adapter does: each field's messages on its field
 * (`field.state.meta.errors`), the rest on the form (`form.state.errors`),
 * as submit errors: the next submit clears them. Focuses the first field that
 * got one. Returns the classified error.
 *
 * @example
 * ```tsx
 * const save = useMutation({ mutationFn: saveVehicle, onError: (error) => applyFormErrors(error, form) })
 * const form = useForm({ defaultValues, onSubmit: ({ value }) => save.mutateAsync(value).catch(() => {}) })
 * ```
 */
export function applyFormErrors(error: unknown, form: FormErrorsTarget, options: ApplyFormErrorsOptions = {}): ApiError {
  const apiError = classifyError(error, options.classify)
  const errors = formErrorsFor(apiError, form, options)
  form.setErrorMap({ onSubmit: errors })
  if (options.shouldFocus !== false && typeof document !== 'undefined') {
    const elements = Object.keys(errors.fields).flatMap((name) => [...document.getElementsByName(name)])
    elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0]?.focus()
  }
  return apiError
}
