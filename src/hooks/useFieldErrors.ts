import { useMemo } from 'react'
import type { ApiError, FieldErrors } from '../core/index.js'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { formFieldErrors, type FieldNames } from '../messages/fieldNames.js'
import { useApiError } from './useApiError.js'

/** A failure's field errors, ready for a form. */
export interface FieldErrorsState {
  error: ApiError | null
  /** Form field name (the server's path, `email`, `items.0.name`, unless `fieldNames` renames it) to its messages; `{}` when none. */
  fieldErrors: FieldErrors
  /** Server path to the messages of fields the form does not have (`fieldNames` gave `undefined`): show them, e.g. in the summary. */
  unplaced: FieldErrors
  /** The messages of one field, `[]` when it has none. */
  messagesFor: (name: string) => readonly string[]
  /** Whether any field has a message. */
  hasFieldErrors: boolean
}

const none: readonly string[] = []

/**
 * The field errors of a mutation's failure (or any thrown value), for a
 * form. They clear when the mutation runs again or is reset.
 *
 * @example
 * ```tsx
 * const save = useMutation({ mutationFn: saveCustomer })
 * const { messagesFor } = useFieldErrors(save.error)
 * <input name="email" aria-invalid={messagesFor('email').length > 0} />
 * const { fieldErrors } = useFieldErrors(save.error, { fieldNames: camelCaseFieldNames })
 * ```
 */
export function useFieldErrors(error: unknown, options: { fieldNames?: FieldNames } = {}): FieldErrorsState {
  const apiError = useApiError(error)
  const config = useApiErrorsConfig()
  const fieldNames = options.fieldNames ?? config.fieldNames
  return useMemo(() => {
    const { fields: fieldErrors, unplaced } = formFieldErrors(apiError?.fieldErrors ?? {}, fieldNames)
    return {
      error: apiError,
      fieldErrors,
      unplaced,
      messagesFor: (name: string) => (Object.hasOwn(fieldErrors, name) ? fieldErrors[name]! : none),
      hasFieldErrors: Object.keys(fieldErrors).length > 0,
    }
  }, [apiError, fieldNames])
}
