// @vitest-environment node
// Docs as tests: every ts/tsx block of the README and the Storybook Guide
// type-checks against the library's source, as it is printed. A block that is
// a fragment (JSX siblings, `queryFn:` lines, bare expressions) is wrapped so
// it parses; a name it uses without importing is imported for it from the
// library, React, TanStack Query, react-hook-form or the HTTP clients, or
// from test/docs/world.ts (the app around the examples). sh blocks may only
// name npm scripts that exist.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repo, manifest } from '../packTarball.js'
import { codeBlocks, documents, type CodeBlock } from './codeBlocks.js'

const blocks = documents.flatMap(codeBlocks)
const typed = blocks.filter((block) => /^tsx?$/.test(block.lang))

/** Where imports of the package go: its source, entry by entry (dist mirrors src). */
function sourcePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {}
  for (const [key, target] of Object.entries(manifest.exports)) {
    if (typeof target !== 'object' || key.includes('*')) continue
    const base = join(repo, target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, ''))
    paths[key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`] = [`${base}.ts`, `${base}.tsx`]
  }
  return paths
}

// Modules a fragment's free names are imported from, first match wins.
const candidates = ['react-api-errors', 'react-api-errors/core', '@tanstack/react-query', 'react', 'react-hook-form', 'ofetch', './world.js']
const defaults: Record<string, string> = { axios: 'axios', ky: 'ky' }

/** A block as a module that parses: fragments wrapped, `key: value` lines as options objects. */
function asModule(block: CodeBlock): string {
  const lines = block.code.split('\n').map((line) => {
    if (/^queryFn: /.test(line)) return `void queryOptions({ queryKey: ['docs'], ${line} })`
    if (/^[a-zA-Z]\w*: /.test(line)) return `void ({ ${line} })`
    return line
  })
  const code = lines.join('\n')
  const firstCode = lines.find((line) => line.trim() && !line.trim().startsWith('//')) ?? ''
  const body = firstCode.trimStart().startsWith('<') ? `void (<>\n${code}\n</>)` : code
  return `${body}\nexport {}\n`
}

const folder = join(repo, 'test/docs')
const fileOf = (block: CodeBlock) => join(folder, `__${block.where.replace(/[^\w]+/g, '_')}.tsx`)
const css = join(folder, '__css.d.ts')

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  paths: sourcePaths(),
}

function check(files: Map<string, string>, old?: ts.Program) {
  const host = ts.createCompilerHost(options)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (name) => files.has(name) || fileExists(name)
  host.readFile = (name) => files.get(name) ?? readFile(name)
  host.getSourceFile = (name, language, onError, create) => {
    const text = files.get(name)
    return text === undefined ? getSourceFile(name, language, onError, create) : ts.createSourceFile(name, text, language, true, ts.ScriptKind.TSX)
  }
  return ts.createProgram([...files.keys()], options, host, old)
}

/** Exported names of each candidate module, read by the checker. */
function exportsOf(program: ts.Program, probe: string): Map<string, string> {
  const checker = program.getTypeChecker()
  const owner = new Map<string, string>()
  const source = program.getSourceFile(probe)!
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue
    const from = (statement.moduleSpecifier as ts.StringLiteral).text
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier)
    for (const name of symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []) if (!owner.has(name)) owner.set(name, from)
  }
  return owner
}

function typeCheck() {
  const probe = join(folder, '__probe.ts')
  const files = new Map<string, string>([
    [css, "declare module '*.css'\n"],
    [probe, candidates.map((from, i) => `import * as m${i} from '${from}'`).join('\n') + '\nexport {}\n'],
  ])
  for (const block of typed) files.set(fileOf(block), asModule(block))
  // First pass: which names each block leaves undefined.
  const first = check(files)
  const owner = exportsOf(first, probe)
  for (const block of typed) {
    const file = fileOf(block)
    const missing = new Set(
      first.getSemanticDiagnostics(first.getSourceFile(file)).flatMap((d) => (d.code === 2304 || d.code === 2552 ? [/'([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1] ?? ''] : [])),
    )
    const imports = [...missing].flatMap((name) => {
      if (defaults[name]) return [`import ${name} from '${defaults[name]}'`]
      const from = owner.get(name)
      return from ? [`import { ${name} } from '${from}'`] : []
    })
    if (imports.length) files.set(file, `${imports.join('\n')}\n${files.get(file)!}`)
  }
  const second = check(files, first)
  return new Map(
    typed.map((block) => {
      const source = second.getSourceFile(fileOf(block))!
      const diagnostics = [...second.getSyntacticDiagnostics(source), ...second.getSemanticDiagnostics(source)]
      return [block.where, diagnostics.map((d) => `line ${source.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n--- as checked ---\n${source.text}`)]
    }),
  )
}

let results: Map<string, string[]> | undefined
const resultsFor = (where: string) => (results ??= typeCheck()).get(where) ?? []

describe('the docs’ code blocks', () => {
  it('finds the examples in the README and the Guide', () => {
    expect(typed.filter((block) => block.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(8)
    expect(typed.filter((block) => block.where.startsWith('stories/Guide.mdx')).length).toBeGreaterThanOrEqual(1)
  })

  it.each(typed.map((block) => [block.where, block] as const))('%s type-checks against the library', (where) => {
    expect(resultsFor(where)).toEqual([])
  }, 60_000)

  const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
  it.each(blocks.filter((block) => block.lang === 'sh').map((block) => [block.where, block] as const))('%s names only npm scripts that exist', (_where, block) => {
    for (const [, name] of block.code.matchAll(/npm (?:run |start\b)([\w:-]*)/g)) expect(Object.keys(scripts)).toContain(name || 'start')
  })
})
