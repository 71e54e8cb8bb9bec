import { classifyError } from '../core/index.js'
import { fieldErrorId } from './fieldErrorId.js'

/**
 * The ARIA props a form control needs while the server rejects its value:
 * `aria-invalid` and `aria-describedby` pointing at its `FieldError`. Empty
 * when the field has no error, so a valid field is not marked invalid.
 *
 * @example
 * ```tsx
 * <input id="email" name="email" {...getFieldErrorProps(mutation.error, 'email')} />
 * <FieldError error={mutation.error} name="email" />
 * ```
 */
export function getFieldErrorProps(error: unknown, name: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return error != null && classifyError(error).fieldErrors[name]?.length ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(name) } : {}
}
