// @vitest-environment node
// The packed tarball, installed the way a user installs it: extracted into a
// scratch Vite + React app whose other packages are this repo's own (linked,
// so nothing is fetched), then built by Vite, type-checked by tsc and
// imported and server-rendered by Node.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  name: string
  exports: Record<string, string | { types: string; default: string }>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface Packed {
  filename: string
  files: { path: string }[]
}

/** Runs a command; a failure carries what the command printed. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error: unknown) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`.slice(0, 4000), { cause: error })
  }
}

let work = ''
let app = ''
let packed: Packed

beforeAll(() => {
  // `npm test` builds first; a lone run of this file builds what is missing.
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]))
  if (!targets.every((target) => existsSync(join(repo, target)))) run('npm', ['run', 'build', '--silent'], repo)
  work = mkdtempSync(join(tmpdir(), 'react-api-errors-pack-'))
  const output = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo)
  packed = (JSON.parse(output) as Packed[])[0]!

  app = join(work, 'app')
  const installed = join(app, 'node_modules', manifest.name)
  mkdirSync(installed, { recursive: true })
  run('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1'], work)
  // The package's dependencies and peers, and the app's tools, from this repo.
  const linked = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    'vite', 'typescript', '@types/react', '@types/react-dom',
  ]
  for (const name of linked) {
    const target = join(app, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    symlinkSync(join(repo, 'node_modules', name), target, 'dir')
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }))
  writeFileSync(join(app, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>')
  mkdirSync(join(app, 'src'))
  writeFileSync(
    join(app, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client'
import { ApiErrorsProvider, ErrorAlert, ErrorMessage, type ApiError } from 'react-api-errors'
import { classifyError, type ErrorCategory } from 'react-api-errors/core'
import { fr } from 'react-api-errors/locales/fr'
import { applyFieldErrors, type ApplyFieldErrorsOptions } from 'react-api-errors/react-hook-form'
import 'react-api-errors/styles.css'

const error: ApiError = classifyError({ status: 503, headers: { 'retry-after': '30' } })
const category: ErrorCategory = error.category
const options: ApplyFieldErrorsOptions = { shouldFocus: true }
console.log(category, options, typeof applyFieldErrors)
createRoot(document.getElementById('root')!).render(
  <ApiErrorsProvider locale="fr" messages={fr}>
    <ErrorMessage error={error} />
    <ErrorAlert error={error} />
  </ApiErrorsProvider>,
)
`,
  )
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2023', 'DOM'], types: ['vite/client'] },
      include: ['src'],
    }),
  )
}, 240_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  it('ships only dist, the README, the CHANGELOG, the LICENSE and package.json', () => {
    const paths = packed.files.map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']))
    for (const path of paths) {
      expect(path).toMatch(/^(LICENSE|README\.md|CHANGELOG\.md|package\.json|dist\/[\w./-]+\.(js|js\.map|d\.ts|css))$/)
      expect(path).not.toMatch(/\.test(-d)?\.|\.stories\.|test-utils|mockServiceWorker/)
    }
  })

  it('contains every file its exports map names, with types for every script entry', () => {
    const paths = new Set(packed.files.map((file) => file.path))
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './core', './react-hook-form', './styles.css', './package.json']))
    for (const [entry, target] of Object.entries(manifest.exports)) {
      const files = typeof target === 'string' ? [target] : [target.types, target.default]
      if (entry.endsWith('.css') || entry.endsWith('.json')) expect(typeof target).toBe('string')
      else expect(typeof target === 'object' && target.types.endsWith('.d.ts')).toBe(true)
      for (const file of files) expect(paths, `${entry} → ${file}`).toContain(file.replace(/^\.\//, ''))
    }
  })

  it('marks exactly the client modules "use client", at the very top of each file', () => {
    const root = join(app, 'node_modules', manifest.name)
    const scripts = packed.files.map((file) => file.path).filter((path) => path.endsWith('.js'))
    const client = scripts.filter((path) => readFileSync(join(root, path), 'utf8').startsWith('"use client";'))
    // One file per module: the components and hooks each carry it...
    expect(client).toEqual(expect.arrayContaining(['dist/components/ErrorAlert.js', 'dist/components/ErrorMessage.js', 'dist/context/ApiErrorsProvider.js', 'dist/hooks/useCountdown.js', 'dist/query/useQueryError.js']))
    for (const path of scripts) {
      const code = readFileSync(join(root, path), 'utf8')
      // ...any file that calls React does, and no file has it anywhere but the top.
      if (/^import .* from "(react|react\/jsx-runtime|react-dom|react-error-boundary)";$/m.test(code)) expect(client, path).toContain(path)
      expect(code.match(/^["']use client["'];?$/gm)?.length ?? 0, path).toBeLessThanOrEqual(1)
    }
    // The framework-free parts and the root's re-exports run in Server Components, route handlers and server actions.
    for (const path of scripts.filter((path) => /^dist\/(core|messages|apis)\/|^dist\/index\.js$/.test(path))) expect(client, path).not.toContain(path)
  })

  it('builds into a Vite + React app that imports every entry and the stylesheet', () => {
    run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app)
    const assets = join(app, 'dist/assets')
    const files = readdirSync(assets)
    const script = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(assets, file), 'utf8')).join('\n')
    const style = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(assets, file), 'utf8')).join('\n')
    // The classifier and the components made it in; the stylesheet's first rule too.
    expect(script).toContain('ApiError')
    expect(script).toContain('rae-message')
    const shipped = readFileSync(join(app, 'node_modules', manifest.name, 'dist/styles.css'), 'utf8')
    const firstSelector = /\.(rae-[\w-]+)/.exec(shipped)?.[1]
    expect(firstSelector).toBeDefined()
    expect(style).toContain(firstSelector)
  }, 240_000)

  it('type-checks an app that imports every entry and its types', () => {
    expect(() => run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', '.'], app)).not.toThrow()
  }, 240_000)

  it('loads with require() from CommonJS (Node 20.19+ requires ES modules), as node:test or mocha would', () => {
    const script = `
      const { classifyError } = require('react-api-errors/core')
      const { ErrorMessage, toApiError } = require('react-api-errors')
      console.log(JSON.stringify({ category: classifyError({ status: 429 }).category, component: typeof ErrorMessage, toApiError: typeof toApiError }))`
    const result = JSON.parse(run(process.execPath, ['--input-type=commonjs', '-e', script], app)) as Record<string, string>
    expect(result).toEqual({ category: 'rate_limited', component: 'object', toApiError: 'function' })
  }, 60_000)

  it('imports in plain Node and renders on the server from the installed copy', () => {
    const script = `
      import { createElement } from 'react'
      import { renderToString } from 'react-dom/server'
      import { ErrorMessage } from 'react-api-errors'
      import { classifyError } from 'react-api-errors/core'
      import { applyFieldErrors } from 'react-api-errors/react-hook-form'
      const html = renderToString(createElement(ErrorMessage, { error: classifyError({ status: 503 }) }))
      console.log(JSON.stringify({ html, adapter: typeof applyFieldErrors }))`
    const result = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], app)) as { html: string; adapter: string }
    expect(result.adapter).toBe('function')
    expect(result.html).toContain('role="alert"')
  }, 240_000)
})
