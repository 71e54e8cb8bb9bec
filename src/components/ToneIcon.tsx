import type { ErrorCategory } from '../core/index.js'

/** Waits and connection trouble warn (they pass by themselves); the rest are errors. */
export const WARNING_CATEGORIES: ReadonlySet<ErrorCategory> = new Set<ErrorCategory>(['rate_limited', 'unavailable', 'network', 'timeout'])

/**
 * The leading icon of an alert or summary, one per tone, drawn in the tone's
 * colour (`currentColor`). Decorative: the title says what it means, so it is
 * hidden from screen readers and has no title of its own.
 */
export function ToneIcon({ category }: { category: ErrorCategory }) {
  const warning = WARNING_CATEGORIES.has(category)
  return (
    <svg className="rae-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" data-tone={warning ? 'warning' : 'danger'}>
      {warning ? (
        // A clock: the trouble is expected to pass.
        <path fill="currentColor" d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Zm0 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm.75 2.75v3.44l2.28 2.28a.75.75 0 0 1-1.06 1.06L7.47 8.53A.75.75 0 0 1 7.25 8V4.25a.75.75 0 0 1 1.5 0Z" />
      ) : (
        // A circle with an exclamation mark, as GOV.UK and Primer mark errors.
        <path fill="currentColor" d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Zm0 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm0 8.75a1 1 0 1 1 0 2 1 1 0 0 1 0-2ZM8 3.75a.75.75 0 0 1 .75.75v4a.75.75 0 0 1-1.5 0v-4A.75.75 0 0 1 8 3.75Z" />
      )}
    </svg>
  )
}
