// The react-hook-form adapter: `react-api-errors/react-hook-form`. It imports
// only react-hook-form's types, so the form library stays an optional peer.
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { describeError, type DescribeOptions } from '../messages/describeError.js'
import { describeFormError } from '../messages/describeFormError.js'
import { formFieldName, type FieldNames } from '../messages/fieldNames.js'

// The snake_case → camelCase helper, here too so that a react-hook-form app needs one import.
export { camelCaseFieldNames } from '../messages/fieldNames.js'
export type { FieldNames } from '../messages/fieldNames.js'

/**
 * The parts of `useForm()`'s result the adapter uses; pass the whole result.
 *
 * @example
 * ```ts
 * const form = useForm<Vehicle>()
 * applyFieldErrors(error, form)
 * ```
 */
export type FieldErrorsTarget<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'clearErrors' | 'getFieldState' | 'setFocus'>

/**
 * How {@link applyFieldErrors} places a server's messages.
 *
 * @example
 * ```ts
 * applyFieldErrors(error, form, { fieldNames: { vin_number: 'vin' }, rootKey: 'api' })
 * ```
 */
export interface ApplyFieldErrorsOptions {
  /**
   * The form field a server path (`address.city`, `items.0.name`) belongs to:
   * a map (unlisted paths keep their name) or a function (`undefined` sends
   * the messages to `root`), the same option as the provider's `fieldNames`.
   * Default: the path itself, which is already a react-hook-form name.
   *
   * @example
   * ```ts
   * { fieldNames: camelCaseFieldNames }
   * ```
   */
  fieldNames?: FieldNames
  /**
   * The former name of `fieldNames`.
   *
   * @deprecated Use `fieldNames`.
   * @example
   * ```ts
   * { fieldName: { vin_number: 'vin' } }
   * ```
   */
  fieldName?: FieldNames
  /**
   * Focus the first invalid field, in document order. Default `true`.
   *
   * @example
   * ```ts
   * { shouldFocus: false }
   * ```
   */
  shouldFocus?: boolean
  /**
   * The key under `errors.root` for what no field shows. Default `'server'`.
   *
   * @example
   * ```ts
   * { rootKey: 'api' } // errors.root.api
   * ```
   */
  rootKey?: string
  /**
   * The form-level words. Default: `describeFormError`, what failed and what
   * to do in one sentence pair ("Something went wrong on our side. Try again
   * in a moment."), with the server's words only where they are fit for
   * people (never a 5xx page).
   *
   * @example
   * ```ts
   * { message: (error) => describeFormError(error, { locale: 'fr', messages: fr }) }
   * ```
   */
  message?: (error: ApiError) => string
  /**
   * How the default words are chosen: `describeError`'s options (locale,
   * catalog, `translate`, API profiles, server language). The adapter runs
   * outside React and cannot read the provider: pass what you give it.
   *
   * @example
   * ```ts
   * { describe: { locale: 'fr', messages: fr, profiles: [persium] } }
   * ```
   */
  describe?: DescribeOptions
  /**
   * Options for classifying the thrown value.
   *
   * @example
   * ```ts
   * { classify: { requestIdHeaders: ['x-trace'] } }
   * ```
   */
  classify?: ClassifyOptions
}

interface Placed {
  name: string
  ref: unknown
}

const isElement = (value: unknown): value is Element => typeof Element !== 'undefined' && value instanceof Element

/** The field that comes first in the page; fields without an element keep the server's order. */
function firstInDocument(placed: Placed[]): Placed | undefined {
  let first = placed[0]
  for (const item of placed) {
    if (!isElement(item.ref)) continue
    if (!first || !isElement(first.ref) || item.ref.compareDocumentPosition(first.ref) & Node.DOCUMENT_POSITION_FOLLOWING) first = item
  }
  return first
}

/**
 * Applies every field error of a failed call to a react-hook-form form in one
 * call: each message on its field (the type is `'server'`; all of a field's
 * messages are in `types.server`), and what no registered field can show (a
 * form-level failure in `describeFormError`'s words, the form's own
 * messages, a field the form does not have) in `errors.root.server`, whose
 * `types` lists the unplaced fields. Focuses the
 * first invalid field. Returns the classified error.
 *
 * @example
 * ```tsx
 * const form = useForm<Vehicle>()
 * const save = useMutation({ mutationFn: saveVehicle, onError: (error) => applyFieldErrors(error, form) })
 * <form onSubmit={form.handleSubmit((values) => save.mutate(values))}>…</form>
 * ```
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  form: FieldErrorsTarget<T>,
  options: ApplyFieldErrorsOptions = {},
): ApiError {
  const apiError = classifyError(error, options.classify)
  const { fieldNames = options.fieldName, rootKey = 'server' } = options
  const placed: Placed[] = []
  const unplaced: Record<string, string[]> = {}
  for (const [path, messages] of Object.entries(apiError.fieldErrors)) {
    const name = formFieldName(path, fieldNames)
    if (name) {
      const field = name as FieldPath<T>
      form.setError(field, { type: 'server', message: messages.join('; '), types: { server: [...messages] } })
      // react-hook-form keeps a ref only for registered fields; an error on any
      // other name would never clear and would block every later submit.
      const ref = form.getFieldState(field).error?.ref
      if (ref) {
        placed.push({ name, ref })
        continue
      }
      form.clearErrors(field)
    }
    unplaced[path] = [...messages]
  }

  const root = `root.${rootKey}` as const
  const words: DescribeOptions = { ...options.describe, classify: options.describe?.classify ?? options.classify }
  // Validation messages tied to no field (DRF's non_field_errors, ...) are the form's too.
  const formLevel = describeError(apiError, words).formErrors
  const lines = [...formLevel, ...Object.entries(unplaced).map(([path, messages]) => `${path}: ${messages.join('; ')}`)]
  if (placed.length === 0 || lines.length > 0) {
    const text = options.message ? options.message(apiError) : describeFormError(apiError, words)
    form.setError(root, { type: apiError.code ?? apiError.category, message: [text, ...lines].filter(Boolean).join('\n'), types: unplaced })
  } else {
    form.clearErrors(root)
  }

  const first = options.shouldFocus === false ? undefined : firstInDocument(placed)
  if (first) form.setFocus(first.name as FieldPath<T>)
  return apiError
}
