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
    <svg className="rae-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" data-tone={warning ? 'warning' : 'danger'} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      {/* A ring 1.5 wide, and 1.5-wide marks with round ends: strokes say it in fewer bytes than outlines. */}
      <circle cx="8" cy="8" r="7.25" />
      {/* Clock hands (the trouble is expected to pass), else an exclamation mark, as GOV.UK and Primer mark errors. */}
      <path d={warning ? 'M8 4.25V8l2.5 2.5' : 'M8 4.5v4'} />
      {!warning && <circle cx="8" cy="11.25" r="1" fill="currentColor" stroke="none" />}
    </svg>
  )
}
