import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import type { ErrorDescription } from '../messages/describeError.js'
import { cx } from './dom.js'
import { ToneIcon } from './ToneIcon.js'
import { useDescription } from './useDescription.js'

/**
 * Props of {@link ErrorMessage}: the native `<p>` props, plus these.
 *
 * @example
 * ```tsx
 * <ErrorMessage error={query.error} className="mt-2" />
 * ```
 */
export interface ErrorMessageProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'children'> {
  /** Anything thrown or a query's `error`; nothing renders for `null` or `undefined`. */
  error: unknown
  /**
   * Replaces the words (title and description) inside the alert.
   *
   * @example
   * ```tsx
   * <ErrorMessage error={error} render={({ title }) => <b>{title}</b>} />
   * ```
   */
  render?: (info: ErrorDescription) => ReactNode
}

// A title that ends in its own punctuation ("?", "!", "…", "。", a closing
// quote) keeps it; only a bare one gets a full stop.
const sentence = (title: string) => (/\p{P}$/u.test(title.trim()) || !title ? title : `${title}.`)

/**
 * One line saying what went wrong and what to do.
 *
 * Accessibility: the words sit in an inner `role="alert"` element, so they are
 * announced when the message appears without moving focus; the outer `<p>`
 * takes the ref and native props.
 *
 * @example
 * ```tsx
 * <ErrorMessage error={mutation.error} />
 * ```
 */
export const ErrorMessage = forwardRef<HTMLParagraphElement, ErrorMessageProps>(function ErrorMessage({ error, render, className, ...rest }, ref) {
  const { info } = useDescription(error)
  if (!info) return null
  return (
    <p ref={ref} className={cx('rae-message', className)} data-category={info.error.category} {...rest}>
      <ToneIcon category={info.error.category} />
      <span role="alert">
        {render ? render(info) : <><strong>{sentence(info.title)}</strong> {info.description}</>}
      </span>
    </p>
  )
})
