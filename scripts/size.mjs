// `npm run size`: what an app pays, in min+gzip bytes, for what it imports.
// Each row bundles a tiny entry file (`import { X } from 'react-api-errors'`)
// with esbuild, resolved through the package's own `exports` against dist/
// (a package may import itself by name), minified and gzipped at level 9.
// Peers and react-error-boundary are the app's bytes, not ours. Fails past a
// budget; an over-budget row lists the modules that weigh most.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
// The integrations' optional peers (sonner, ...) are the app's too.
const external = [...new Set(['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'react-error-boundary', 'react-hook-form', ...Object.keys(manifest.peerDependencies ?? {})])]
// An adapter entry may cost this much beyond what it imports from the root (issue 15).
const ADAPTER_BUDGET = 1500

const budgets = [
  { name: 'all of react-api-errors/core', contents: `export * from 'react-api-errors/core'`, budget: 3500 },
  { name: 'all of react-api-errors', contents: `export * from 'react-api-errors'`, budget: 9500 },
  { name: 'only toApiError, from the root', contents: `export { toApiError } from 'react-api-errors'`, budget: 3200 },
  { name: 'only ErrorMessage', contents: `export { ErrorMessage } from 'react-api-errors'`, budget: 5500 },
  { name: 'only ErrorAlert', contents: `export { ErrorAlert } from 'react-api-errors'`, budget: 6500 },
  { name: 'only useQueryError + RetryPrompt', contents: `export { useQueryError, RetryPrompt } from 'react-api-errors'`, budget: 6500 },
]

/** Every script entry's import name, `*` exports expanded from what dist holds. */
function entryNames() {
  const names = []
  for (const [key, target] of Object.entries(manifest.exports)) {
    if (typeof target !== 'object' || !target.default.endsWith('.js')) continue
    if (!key.includes('*')) {
      names.push(key)
      continue
    }
    const [before, after] = target.default.split('*')
    if (!existsSync(before)) continue
    for (const name of readdirSync(before)) {
      const stem = name.replace(/\.js$/, '')
      if (existsSync(`${before}${stem}${after}`)) names.push(key.replace('*', stem))
    }
  }
  return names.map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`))
}

/** Locales and API profiles are data an app adds; the rest beside the root and core are adapters. */
const isAdapter = (name) => !/^react-api-errors(\/core|\/locales\/.*|\/apis\/.*)?$/.test(name)

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  })
  const output = Object.values(result.metafile.outputs)[0]
  const heaviest = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
  return { bytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength, heaviest }
}

const format = (n) => n.toLocaleString('en-US')
let over = false

function report(name, bytes, budget, heaviest, extra = '') {
  const ok = budget === undefined || bytes <= budget
  over ||= !ok
  const limit = budget === undefined ? '' : ` (budget ${format(budget)} B${ok ? '' : `, ${format(bytes - budget)} B over`})`
  console.log(`${budget === undefined ? '    ' : ok ? 'ok  ' : 'OVER'} ${name}: ${format(bytes)} B${limit}${extra}`)
  // Minified bytes before gzip, per module: where to look first.
  if (!ok) for (const { file, bytes: size } of heaviest.slice(0, 8)) console.log(`       ${format(size).padStart(6)} B min  ${file}`)
}

for (const { name, contents, budget } of budgets) {
  const { bytes, heaviest } = await measure(contents)
  report(name, bytes, budget, heaviest)
}

const root = await measure(`export * from '${manifest.name}'`)
console.log('\nOther entries (all of each; adapters also beyond the root):')
for (const name of entryNames()) {
  if (name === manifest.name || name === `${manifest.name}/core`) continue
  const alone = await measure(`export * from '${name}'`)
  if (!isAdapter(name)) {
    report(name, alone.bytes, undefined, alone.heaviest)
    continue
  }
  // What an app that already uses the root pays on top for the adapter.
  const both = await measure(`export * from '${manifest.name}'\nexport * as adapter from '${name}'`)
  const beyond = both.bytes - root.bytes
  const heaviest = both.heaviest.filter(({ file }) => !root.heaviest.some((r) => r.file === file))
  report(`${name} beyond the root`, beyond, ADAPTER_BUDGET, heaviest, `; alone ${format(alone.bytes)} B`)
}
if (over) process.exit(1)
