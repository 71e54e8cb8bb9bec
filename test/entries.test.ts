// @vitest-environment node
// Importing any entry, as a server or a test runner in Node does, touches no
// `window` or `document`: at most it asks `typeof`, the way to tell a server.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

// Every script entry package.json exports, from its source (dist mirrors src).
const manifest = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../package.json'), 'utf8')) as {
  exports: Record<string, string | { default: string }>
  peerDependencies: Record<string, string>
}
const entries = Object.fromEntries(
  Object.entries(manifest.exports).flatMap(([key, target]) => {
    if (typeof target !== 'object' || key.includes('*')) return []
    const base = `../${target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '')}`
    const source = ['.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(fileURLToPath(new URL(file, import.meta.url))))
    return source ? [[key === '.' ? 'react-api-errors' : `react-api-errors/${key.slice(2)}`, () => import(/* @vite-ignore */ source) as Promise<Record<string, unknown>>]] : []
  }),
) as Record<string, () => Promise<Record<string, unknown>>>

/** Where in our own source each read of `window` or `document` happened. */
let reads: { name: string; line: string; at: string }[] = []

function trap(name: 'window' | 'document') {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const frame = new Error().stack?.split('\n').find((line) => line.includes('/src/'))
      const match = frame && /\((.+?):(\d+):\d+\)$|at (.+?):(\d+):\d+$/.exec(frame.trim())
      const file = match?.[1] ?? match?.[3]
      const number = Number(match?.[2] ?? match?.[4])
      const line = file ? (readFileSync(file, 'utf8').split('\n')[number - 1] ?? '') : ''
      if (frame) reads.push({ name, line: line.trim(), at: frame.trim() })
      return undefined
    },
  })
}

beforeAll(async () => {
  // The peers are the user's; they load first so only our modules are watched.
  await Promise.all(Object.keys(manifest.peerDependencies).map((name) => import(/* @vite-ignore */ name)))
})

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window')
  Reflect.deleteProperty(globalThis, 'document')
})

describe('importing an entry in Node', () => {
  it.each(Object.keys(entries))('%s loads without window or document', async (entry) => {
    expect(typeof window).toBe('undefined')
    vi.resetModules()
    reads = []
    trap('window')
    trap('document')
    const module = await entries[entry]!()
    expect(Object.keys(module).length).toBeGreaterThan(0)
    const realUse = reads.filter(({ name, line }) => !new RegExp(`typeof ${name}\\b`).test(line))
    expect(realUse).toEqual([])
  })

  it('sees a module that reads document at import time (the check works)', async () => {
    vi.resetModules()
    reads = []
    trap('document')
    await import('./fixtures/src/readsDocument.js')
    expect(reads.map(({ name, line }) => [name, line])).toEqual([['document', 'export const hasDocument = document !== undefined']])
  })
})
