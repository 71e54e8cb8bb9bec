// Small guards for values of unknown shape. Everything the classifier reads
// from a server or a thrown value goes through these.

export type Bag = Record<string, unknown>

export const isObject = (value: unknown): value is Bag => typeof value === 'object' && value !== null

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

// C0/C1 controls other than tab and newlines carry nothing a person should see;
// bidi overrides and isolates (U+202A–E, U+2066–9) let server text reorder what
// is shown around it.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Server text made safe to keep: no control characters, trimmed, at most `max` characters. */
export function clip(text: string, max: number): string {
  // Only the head can be kept: cleaning a 35 KB framework message whole cost more than reading its fields.
  const clean = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(controls, '').trim()
  return clean.length > max ? clean.slice(0, max - 1).trimEnd() + '…' : clean
}
