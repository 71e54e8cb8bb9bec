import { useMemo } from 'react'
import type { ApiError, FieldErrors } from '../core/index.js'
import { useApiError } from './useApiError.js'

/** A failure's field errors, ready for a form. */
export interface FieldErrorsState {
  error: ApiError | null
  /** Field path (`email`, `address.city`, `items.0.name`) to its messages; `{}` when none. */
  fieldErrors: FieldErrors
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
 * ```
 */
export function useFieldErrors(error: unknown): FieldErrorsState {
  const apiError = useApiError(error)
  return useMemo(() => {
    const fieldErrors = apiError?.fieldErrors ?? {}
    return {
      error: apiError,
      fieldErrors,
      messagesFor: (name: string) => (Object.hasOwn(fieldErrors, name) ? fieldErrors[name]! : none),
      hasFieldErrors: Object.keys(fieldErrors).length > 0,
    }
  }, [apiError])
}
