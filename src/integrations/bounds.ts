// Bounds for what the integrations read from a server's data, the classifier's
// own: 200 fields, 20 messages of 500 characters each.
import type { FieldErrors } from '../core/index.js'

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The strings of a list, at most 20, each clipped to 500 characters. */
export function boundLines(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string' && line !== '').slice(0, 20).map((line) => line.slice(0, 500)) : []
}

/** A `{ field: messages[] }` map (Zod's `fieldErrors`) as field errors: at most 200 fields, without empty ones. */
export function boundFields(value: unknown): FieldErrors {
  const fields: Record<string, string[]> = Object.create(null) as Record<string, string[]>
  if (!isRecord(value)) return fields
  for (const [path, messages] of Object.entries(value).slice(0, 200)) {
    const lines = boundLines(messages)
    if (lines.length > 0) fields[path.slice(0, 500)] = lines
  }
  return fields
}
