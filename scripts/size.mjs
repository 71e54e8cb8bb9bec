// `npm run size`: the min+gzip bytes of each public entry, bundled from the
// built `dist/` with esbuild and gzipped at level 9. Fails past a budget.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'

const entries = [
  { name: 'react-api-errors/core', file: 'dist/core.js', budget: 2500 },
  { name: 'react-api-errors', file: 'dist/index.js', budget: 7000 },
  // Alone it carries the classifier and the English copy; beside the root
  // entry (which has both) it adds about 400 B.
  { name: 'react-api-errors/react-hook-form', file: 'dist/react-hook-form.js', budget: 6000 },
  // The French catalog, for apps that load it.
  { name: 'react-api-errors/locales/fr', file: 'dist/locales/fr.js', budget: 1800 },
]
// Peers and the one runtime dependency are the user's bytes, not ours.
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'react-error-boundary', 'react-hook-form']

// What an app pays for one piece, after tree-shaking: no budgets, for reading.
const pieces = [
  { name: 'toApiError', contents: `export { toApiError } from './dist/core.js'` },
  { name: 'toApiError + shouldRetry + retryDelay', contents: `export { toApiError, shouldRetry, retryDelay } from './dist/core.js'` },
  { name: 'ErrorMessage (classifier + English copy)', contents: `export { ErrorMessage } from './dist/index.js'` },
  { name: 'withApiErrorDefaults + QueryErrorBoundary + ErrorAlert', contents: `export { withApiErrorDefaults, QueryErrorBoundary, ErrorAlert } from './dist/index.js'` },
]

async function minGzip(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength
}

let over = false
for (const { name, file, budget } of entries) {
  const bytes = await minGzip(`export * from './${file}'`)
  const ok = bytes <= budget
  over ||= !ok
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${bytes} B min+gzip (budget ${budget} B)`)
}
for (const { name, contents } of pieces) console.log(`     only ${name}: ${await minGzip(contents)} B min+gzip`)
if (over) process.exit(1)
