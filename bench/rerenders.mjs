// Re-renders while a retry countdown runs (issue 14): how often the prompt
// commits (React's Profiler) and how often the component that holds the
// query renders, over 5 s of a 10 s wait, in jsdom with real timers. Goal:
// the prompt at most once a second, its parent never.
import { build } from 'esbuild'
import { JSDOM } from 'jsdom'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// A browser-like global scope first: TanStack Query treats a scope without `window` as a server and never retries.
const { window } = new JSDOM('<!doctype html><div id="root"></div>', { pretendToBeVisual: true, url: 'http://127.0.0.1/' })
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
  if (!(name in globalThis) || name === 'window' || name === 'document') Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name], configurable: true, writable: true })
}
globalThis.IS_REACT_ACT_ENVIRONMENT = false

const app = `
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Profiler, createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiError, ErrorAlert, RetryPrompt, toApiError, withApiErrorDefaults } from './src/index.ts'

export function measure(kind, ms) {
  const counts = { prompt: 0, parent: 0 }
  const measured = (child) => h(Profiler, { id: 'prompt', onRender: () => counts.prompt++ }, child)
  const error = new ApiError({ category: 'rate_limited', status: 429, retryable: true, retryAfterMs: 10_000 })
  const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5 } }))
  let calls = 0
  const queryFn = async () => {
    if (calls++ === 0) throw await toApiError(new Response(null, { status: 429, headers: { 'retry-after': '10' } }))
    return 'ok'
  }
  function Parent() {
    counts.parent++
    if (kind === 'error') return measured(h(RetryPrompt, { error, onRetry: () => {} }))
    const query = useQuery({ queryKey: ['bench'], queryFn })
    if (query.isSuccess) return h('p', null, query.data)
    return measured(kind === 'alert' ? h(ErrorAlert, { query }) : h(RetryPrompt, { query }))
  }
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(h(QueryClientProvider, { client }, h(Parent)))
  return new Promise((resolve) => {
    // Counted from 1.5 s in (the first request and the first tick are over), for ms.
    setTimeout(() => {
      Object.assign(counts, { prompt: 0, parent: 0 })
      setTimeout(() => {
        resolve({ ...counts })
        root.unmount()
        client.clear()
      }, ms)
    }, 1500)
  })
}
`
const result = await build({
  stdin: { contents: app, loader: 'jsx', resolveDir: new URL('..', import.meta.url).pathname },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  // The development build: React's Profiler reports commits only there (or in a profiling build).
  define: { 'process.env.NODE_ENV': '"development"' },
})
const file = join(mkdtempSync(join(tmpdir(), 'rae-bench-')), 'rerenders.mjs')
writeFileSync(file, result.outputFiles[0].contents)
const { measure } = await import(pathToFileURL(file).href)

const ms = 5000
let over = false
for (const [kind, label] of [['error', '<RetryPrompt error={error}>'], ['prompt', '<RetryPrompt query={query}>'], ['alert', '<ErrorAlert query={query}>']]) {
  const { prompt, parent } = await measure(kind, ms)
  const ok = prompt <= Math.ceil(ms / 1000) + 1 && parent === 0
  over ||= !ok
  console.log(`${label.padEnd(28)} over ${ms / 1000} s of a countdown: prompt ${prompt} commits, parent ${parent} renders${ok ? '' : '  (goal: at most once a second, parent 0)'}`)
}
if (over) process.exitCode = 1
