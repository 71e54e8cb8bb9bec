import { classifyError } from '../core/index.js'
import { formFieldErrors, type FieldNames } from '../messages/fieldNames.js'
import { fieldErrorId } from './fieldErrorId.js'

/**
 * The ARIA props a form control needs while the server rejects its value:
 * `aria-invalid` and `aria-describedby` pointing at its `FieldError`. Empty
 * when the field has no error, so a valid field is not marked invalid. `name`
 * is the form's name: pass the provider's `fieldNames` when the server's
 * differ (a plain function reads no context).
 *
 * @example
 * ```tsx
 * <input id="email" name="email" {...getFieldErrorProps(mutation.error, 'email')} />
 * <FieldError error={mutation.error} name="email" />
 * <input id="vin" name="vin" {...getFieldErrorProps(mutation.error, 'vin', { vin_number: 'vin' })} />
 * ```
 */
export function getFieldErrorProps(error: unknown, name: string, fieldNames?: FieldNames): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  if (error == null) return {}
  const { fields } = formFieldErrors(classifyError(error).fieldErrors, fieldNames)
  return Object.hasOwn(fields, name) && fields[name]!.length ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(name) } : {}
}
