import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react'
import { formFieldErrors, type FieldNames } from '../messages/fieldNames.js'
import { cx, setRef } from './dom.js'
import { ToneIcon } from './ToneIcon.js'
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
   * The fields on the form, by the form's name, with their labels. Errors
   * of these fields link to them; errors of other fields are listed as text.
   * Without it every field is linked, labelled by its name.
   */
  fields?: Readonly<Record<string, string>>
  /** Server paths to the form's names; a field the form does not have is listed as text. Default: the provider's `fieldNames`. */
  fieldNames?: FieldNames
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
  { error, fields, fieldNames, fieldId = (name) => name, focusOnShow = true, headingLevel = 2, renderItem, className, ...rest },
  ref,
) {
  const { t, info, config } = useDescription(error)
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
  // Fields the form has (linked), then those it has not (text): no message is lost.
  const named = formFieldErrors(apiError.fieldErrors, fieldNames ?? config.fieldNames)
  const entries = [...Object.entries(named.fields).map((entry) => [...entry, true] as const), ...Object.entries(named.unplaced).map((entry) => [...entry, false] as const)]
  // Validation messages tied to no field: listed rather than only the category's sentence.
  const formErrors = info.formErrors
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
      <ToneIcon category={apiError.category} />
      <div role="alert" className="rae-summary__body">
        <Heading id={id} className="rae-summary__title">
          {entries.length ? t.plural('ui.problems', entries.length) : info.title}
        </Heading>
        <p className="rae-summary__description">{info.description}</p>
        {entries.length + formErrors.length > 0 && (
          <ul className="rae-summary__list" aria-labelledby={id}>
            {formErrors.map((message) => (
              <li key={`form:${message}`}>{message}</li>
            ))}
            {entries.map(([name, messages, placed]) => {
              // The server names the fields: `constructor` must not find Object's.
              const known = fields !== undefined && Object.prototype.hasOwnProperty.call(fields, name)
              const label = (known ? fields[name] : undefined) ?? name
              const message = messages.join(' ')
              const text = renderItem ? renderItem({ name, label, message }) : t('ui.item', { field: label, message })
              return (
                <li key={name}>
                  {placed && (!fields || known) ? (
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
