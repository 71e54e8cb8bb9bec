import react from '@vitejs/plugin-react'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'

interface Manifest {
  exports: Record<string, string | { types: string; default: string }>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest

/** `./dist/core/index.js` → `src/core/index.ts` (or `.tsx`): dist mirrors src, one file per module. */
function sourceOf(target: string): string | undefined {
  const base = target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '')
  return ['.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(file))
}

/**
 * The build's entries come from package.json `exports`, so adding an entry is
 * adding its export there. A `*` export (`./apis/*`) builds every folder or
 * file of src that matches it.
 */
export function entriesFromExports(exports: Manifest['exports']): string[] {
  const targets = Object.values(exports).flatMap((target) => (typeof target === 'object' && target.default.endsWith('.js') ? [target.default] : []))
  return targets.flatMap((target) => {
    if (!target.includes('*')) {
      const source = sourceOf(target)
      if (!source) throw new Error(`package.json exports ${target}, but no src file matches it`)
      return [source]
    }
    const [before = '', after = ''] = target.split('*')
    const folder = before.replace(/^\.\/dist\//, 'src/')
    if (!existsSync(folder)) return []
    return readdirSync(folder).flatMap((name) => sourceOf(`${before}${name.replace(/\.tsx?$/, '')}${after}`) ?? [])
  })
}

const externals = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })

// The optional stylesheet ships as it is written: `react-api-errors/styles.css`.
const copyStyles: Plugin = {
  name: 'copy-styles',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') })
  },
}

// What a file needs to be a client module in React Server Components terms:
// it calls React (hooks, context, forwardRef, JSX) or is a hook itself.
const clientImports = new Set(['react', 'react/jsx-runtime', 'react-dom', 'react-error-boundary'])

/**
 * `"use client"` at the top of each published file that uses client React
 * APIs, per file as TanStack Query does, so that a Server Component can render
 * the components while the core, the messages and the catalogs stay plain
 * modules that route handlers, server actions and Server Components call.
 */
export function useClientBanner(chunk: { imports: readonly string[]; facadeModuleId: string | null }): string {
  const source = chunk.facadeModuleId && existsSync(chunk.facadeModuleId) ? readFileSync(chunk.facadeModuleId, 'utf8') : ''
  // A hook of hooks (useDescription) imports no React itself; an index only re-exports.
  const declaresHook = /^export (function|const) use[A-Z]/m.test(source)
  return chunk.imports.some((id) => clientImports.has(id)) || declaresHook ? "'use client';" : ''
}

// Library build only; tests live in vitest.config.ts.
export default defineConfig({
  plugins: [react(), copyStyles],
  build: {
    lib: { entry: entriesFromExports(manifest.exports), formats: ['es'] },
    // public/ holds MSW's worker for Storybook; it must not ship.
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      // Peers and dependencies (and their subpaths: react/jsx-runtime) stay imports.
      external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
      // One file per module, at the same path as its source: a bundler keeps
      // only the files an app reaches, and top-level forwardRef/createContext
      // calls of unused components never enter it.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', banner: useClientBanner },
    },
  },
})
