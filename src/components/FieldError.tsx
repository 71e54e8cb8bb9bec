import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { cx, srOnly } from './dom.js'
import { fieldErrorId } from './fieldErrorId.js'
import { useDescription } from './useDescription.js'

/**
 * Props of {@link FieldError}: the native `<p>` props, plus these.
 *
 * @example
 * ```tsx
 * <FieldError error={mutation.error} name="address.city" className="hint" />
 * ```
 */
export interface FieldErrorProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'children' | 'id'> {
  /** Anything thrown or a mutation's `error`. */
  error: unknown
  /** The field's path as the server names it: `email`, `address.city`, `items.0.name`. */
  name: string
  /**
   * Replaces the messages (the hidden "Error:" prefix stays).
   *
   * @example
   * ```tsx
   * <FieldError error={error} name="email" render={(messages) => messages[0]} />
   * ```
   */
  render?: (messages: readonly string[]) => ReactNode
}

/**
 * The server's messages for one field; nothing when it has none. Its id is
 * always `fieldErrorId(name)`, the id `getFieldErrorProps` points the
 * control's `aria-describedby` at (with `aria-invalid`): it takes no `id` of
 * its own, so nothing can break that link. To keep a hint as well, list both:
 * `aria-describedby={`city-hint ${fieldErrorId('address.city')}`}`.
 *
 * Accessibility: the text starts with a visually hidden, translated "Error:"
 * so it is not mistaken for a hint. It is not a live region: the
 * `ErrorSummary` announces the problems, and this text is read with the field.
 *
 * @example
 * ```tsx
 * <input id="email" name="email" {...getFieldErrorProps(error, 'email')} />
 * <FieldError error={error} name="email" />
 * ```
 */
export const FieldError = forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError({ error, name, render, className, ...rest }, ref) {
  const { t, info } = useDescription(error)
  const messages = info?.error.fieldErrors[name]
  if (!messages?.length) return null
  return (
    // Our id comes last: a stray `id` from untyped callers must not break the field's link.
    <p ref={ref} className={cx('rae-field-error', className)} {...rest} id={fieldErrorId(name)}>
      <span style={srOnly}>{t('ui.error')}</span>{' '}
      {render ? render(messages) : messages.join(' ')}
    </p>
  )
})
