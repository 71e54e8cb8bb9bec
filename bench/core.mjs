// The core as the benchmarks load it: src/core bundled by esbuild into one ES
// module (what a bundler makes of `react-api-errors/core`), so that the
// benchmarks do not depend on how the package's dist/ is laid out.
// BENCH_SRC=<another checkout's src/> benchmarks that one instead: before and after figures.
import { build } from 'esbuild'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const src = process.env.BENCH_SRC ? pathToFileURL(`${process.env.BENCH_SRC}/`) : new URL('../src/', import.meta.url)
const result = await build({
  entryPoints: [new URL('core/index.ts', src).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
})
const file = join(mkdtempSync(join(tmpdir(), 'rae-bench-')), 'core.mjs')
writeFileSync(file, result.outputFiles[0].contents)

export const { classifyError, createRetryPolicy, ERROR_CATEGORIES, toApiError } = await import(pathToFileURL(file).href)
