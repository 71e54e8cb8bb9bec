import type { CSSProperties, ForwardedRef } from 'react'

/** Class names joined, empty ones left out. */
export const cx = (...names: (string | false | undefined)[]): string => names.filter(Boolean).join(' ')

// Inline, so that text meant for screen readers stays hidden without the
// stylesheet. Spans have no margin, padding or border to undo.
export const srOnly: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

/** Hands a node to the caller's ref as well as our own. */
export function setRef<T>(ref: ForwardedRef<T>, node: T | null): void {
  if (typeof ref === 'function') ref(node)
  else if (ref) ref.current = node
}
