import { isBoundaryReport } from '../../test/consoleReports.js'

/**
 * What a story may declare in `parameters.consoleErrors`: `'boundary'` lets
 * React's own report of an error a boundary caught through (silently, so the
 * boundary stories do not flood the console); anything else logged with
 * `console.error` fails the story.
 *
 * @example
 * ```ts
 * export default { parameters: { consoleErrors: 'boundary' } } satisfies Meta
 * ```
 */
export type ConsoleErrorsAllowed = 'boundary' | undefined

let seen: unknown[][] = []
let original: typeof console.error | undefined

/** Starts collecting `console.error` calls; the expected boundary reports are kept off the console. */
export function watchConsoleErrors(allowed: ConsoleErrorsAllowed): void {
  stopWatching()
  seen = []
  const print = (original = console.error)
  console.error = (...args: unknown[]) => {
    seen.push(args)
    if (!(allowed === 'boundary' && isBoundaryReport(args))) print(...args)
  }
}

/** Restores `console.error` and hands back what was logged since `watchConsoleErrors`. */
export function stopWatching(): unknown[][] {
  if (original) console.error = original
  original = undefined
  return seen.splice(0, seen.length)
}

/** Throws, failing the story, when something other than what it allows was logged. */
export function expectNoUnexpectedConsoleErrors(logged: readonly unknown[][], allowed: ConsoleErrorsAllowed): void {
  const unexpected = logged.filter((args) => !(allowed === 'boundary' && isBoundaryReport(args)))
  if (unexpected.length === 0) return
  const first = unexpected[0]!.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ')
  throw new Error(`Unexpected console.error (${unexpected.length}): ${first.slice(0, 500)}`)
}
