// `npm run bench`: every benchmark in bench/, one Node process each, in name
// order (a benchmark of another layer only has to be a bench/*.mjs file that
// prints its figures). A failing one fails the run.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
// core.mjs and measure.mjs are helpers the others share, run.mjs is this file.
const helpers = new Set(['core.mjs', 'measure.mjs', 'run.mjs'])
const benches = readdirSync(here).filter((name) => name.endsWith('.mjs') && !helpers.has(name)).sort()
let failed = false
for (const name of benches) {
  console.log(`\n# ${name}`)
  const { status } = spawnSync(process.execPath, [`${here}${name}`], { stdio: 'inherit' })
  failed ||= status !== 0
}
if (failed) process.exit(1)
