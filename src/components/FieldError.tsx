import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { formFieldErrors, type FieldNames } from '../messages/fieldNames.js'
import { cx, srOnly } from './dom.js'
import { fieldErrorId } from './fieldErrorId.js'
import { useMarkShownInline } from '../hooks/shownInline.js'
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
  /** The field's name in the form: the server's path (`email`, `address.city`, `items.0.name`) unless `fieldNames` renames it. */
  name: string
  /** Server paths to form names. Default: the provider's `fieldNames`. */
  fieldNames?: FieldNames
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
export const FieldError = forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError({ error, name, fieldNames, render, className, ...rest }, ref) {
  const { t, info, config } = useDescription(error, undefined, undefined, { inline: false })
  const fields = info && formFieldErrors(info.error.fieldErrors, fieldNames ?? config.fieldNames).fields
  const messages = fields && Object.hasOwn(fields, name) ? fields[name] : undefined
  // Shown inline only when this field has messages to show.
  useMarkShownInline(messages?.length ? info?.error : null)
  if (!messages?.length) return null
  return (
    // Our id comes last: a stray `id` from untyped callers must not break the field's link.
    <p ref={ref} className={cx('rae-field-error', className)} {...rest} id={fieldErrorId(name)}>
      <span style={srOnly}>{t('ui.error')}</span>{' '}
      {render ? render(messages) : messages.join(' ')}
    </p>
  )
})
