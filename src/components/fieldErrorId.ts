/**
 * The id `FieldError` gives the messages of a field, for the field's
 * `aria-describedby`. Characters an id selector would need escaped become `-`.
 *
 * @example
 * ```tsx
 * <input name="address.city" aria-describedby={fieldErrorId('address.city')} />
 * ```
 */
export const fieldErrorId = (name: string): string => `${name.replace(/[^\w-]/g, '-')}-error`
