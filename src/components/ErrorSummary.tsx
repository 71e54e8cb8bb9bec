import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react'
import { cx, setRef } from './dom.js'
import { useDescription } from './useDescription.js'

/**
 * Props of {@link ErrorSummary}: the native `<div>` props, plus these.
 *
 * @example
 * ```tsx
 * <ErrorSummary error={mutation.error} fields={{ email: 'Email address', 'address.city': 'City' }} />
 * ```
 */
export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Anything thrown or a mutation's `error`; nothing renders for `null` or `undefined`. */
  error: unknown
  /**
   * The fields on the form, by the server's name, with their labels. Errors
   * of these fields link to them; errors of other fields are listed as text.
   * Without it every field is linked, labelled by its name.
   */
  fields?: Readonly<Record<string, string>>
  /** The id of a field's control. Default: the name (the control is also found by its `name`). */
  fieldId?: (name: string) => string
  /** Move focus to the summary when it appears or the error changes. Default `true`. */
  focusOnShow?: boolean
  /** The title's heading level. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /**
   * Replaces one entry of the list.
   *
   * @example
   * ```tsx
   * <ErrorSummary error={error} renderItem={({ label, message }) => `${label} — ${message}`} />
   * ```
   */
  renderItem?: (item: { name: string; label: string; message: string }) => ReactNode
}

/**
 * The form-level list of problems: a title, the description, and each field's
 * messages, linking to the field.
 *
 * Accessibility: when it appears (or the error changes) it takes focus, with
 * `tabindex="-1"` that is removed on blur so it does not stay in the tab
 * order; the content sits in an inner `role="alert"` so focus and announcement
 * do not race. Each link moves focus to its control (found by id, else by
 * `name`), which reads its `FieldError` through `aria-describedby`.
 *
 * @example
 * ```tsx
 * <form onSubmit={submit}>
 *   <ErrorSummary error={mutation.error} fields={{ email: 'Email address' }} />
 *   <input id="email" name="email" {...getFieldErrorProps(mutation.error, 'email')} />
 *   <FieldError error={mutation.error} name="email" />
 * </form>
 * ```
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { error, fields, fieldId = (name) => name, focusOnShow = true, headingLevel = 2, renderItem, className, ...rest },
  ref,
) {
  const { t, info } = useDescription(error)
  const node = useRef<HTMLDivElement | null>(null)
  const id = useId()
  const apiError = info?.error

  useEffect(() => {
    const summary = node.current
    if (!summary || !focusOnShow) return
    summary.tabIndex = -1
    summary.addEventListener('blur', () => summary.removeAttribute('tabindex'), { once: true })
    summary.focus()
  }, [apiError, focusOnShow])

  if (!info || !apiError) return null
  const entries = Object.entries(apiError.fieldErrors)
  const Heading = `h${headingLevel}` as 'h2'
  const focusField = (event: MouseEvent, name: string) => {
    const control = document.getElementById(fieldId(name)) ?? document.getElementsByName(name)[0]
    if (!control) return
    event.preventDefault()
    control.focus()
    control.scrollIntoView?.({ block: 'center' })
  }

  return (
    <div
      ref={(element) => {
        node.current = element
        setRef(ref, element)
      }}
      className={cx('rae-summary', className)}
      data-category={apiError.category}
      {...rest}
    >
      <div role="alert">
        <Heading id={id} className="rae-summary__title">
          {entries.length ? t.plural('ui.problems', entries.length) : info.title}
        </Heading>
        <p className="rae-summary__description">{info.description}</p>
        {entries.length > 0 && (
          <ul className="rae-summary__list" aria-labelledby={id}>
            {entries.map(([name, messages]) => {
              // The server names the fields: `constructor` must not find Object's.
              const known = fields !== undefined && Object.prototype.hasOwnProperty.call(fields, name)
              const label = (known ? fields[name] : undefined) ?? name
              const message = messages.join(' ')
              const text = renderItem ? renderItem({ name, label, message }) : t('ui.item', { field: label, message })
              return (
                <li key={name}>
                  {!fields || known ? (
                    <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </div>
  )
})
