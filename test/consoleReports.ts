/**
 * Whether one `console.error` call is React's own report of an error an error
 * boundary caught (React 19: `"%o\n\n%s\n\n%s\n"`, the error, "The above error
 * occurred in the <X> component."; React 18 in jsdom: the same sentence, and
 * jsdom's "Uncaught" report carrying the error). With `expected`, the error
 * reported must pass it (a status, say), so a different failure is not taken
 * for the one the test or story expects.
 *
 * @example
 * ```ts
 * expect(takeConsoleErrors().every((args) => isBoundaryReport(args, (error) => error.status === 503))).toBe(true)
 * ```
 */
export function isBoundaryReport(args: readonly unknown[], expected?: (error: { name: string; status?: number }) => boolean): boolean {
  const errors = args.filter((arg): arg is Error & { status?: number } => arg instanceof Error || (typeof arg === 'object' && arg !== null && typeof (arg as Error).name === 'string' && 'stack' in arg))
  const sentence = args.some((arg) => typeof arg === 'string' && /The above error occurred in/.test(arg))
  if (!sentence && errors.length === 0) return false
  if (!sentence && !args.some((arg) => typeof arg === 'string' && /Uncaught/.test(arg))) return false
  return !expected || errors.some((error) => expected(error)) || (errors.length === 0 && sentence)
}
