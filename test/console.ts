/**
 * Console errors seen during the current test. The setup file fails any test
 * that leaves one behind; a test that expects one (an error boundary catching)
 * takes them with `takeConsoleErrors()` and asserts on them.
 */
const seen: unknown[][] = []

export function recordConsoleError(args: unknown[]): void {
  seen.push(args)
}

export function takeConsoleErrors(): unknown[][] {
  return seen.splice(0, seen.length)
}
