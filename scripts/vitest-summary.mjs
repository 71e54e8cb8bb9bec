// Prints the plain closing line CI reads, "N passed, N failed", from Vitest's
// JSON report. A step of `npm test` that failed before Vitest ran (typecheck,
// lint, build, package checks) counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

const [file = '.vitest-results.json', status = '0'] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = report.numFailedTests ?? 0
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // A file that failed to load has no tests to count but must still fail CI.
  failed += (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length
}
if (Number(status) !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
