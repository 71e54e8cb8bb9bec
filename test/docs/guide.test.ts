// @vitest-environment node
// The Storybook Guide's tables render as tables: compiled by addon-docs' own
// MDX loader with the options .storybook/main.ts gives it (MDX 3 alone is
// CommonMark, where a pipe table is a paragraph of text).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../../.storybook/main.js'
import { repo } from '../packTarball.js'
import { thirtySecondExample } from './codeBlocks.js'

type Loader = (this: unknown, content: string) => void

// Untyped (a webpack loader); a variable keeps tsc from looking for its types.
const loaderModule = '@storybook/addon-docs/mdx-loader'

function docsOptions(): Record<string, unknown> {
  const addon = config.addons?.find((entry) => typeof entry === 'object' && entry.name === '@storybook/addon-docs')
  return (typeof addon === 'object' ? (addon.options as { mdxPluginOptions?: Record<string, unknown> }).mdxPluginOptions : undefined) ?? {}
}

async function compile(file: string): Promise<string> {
  const { default: loader } = (await import(loaderModule)) as { default: Loader }
  return new Promise((resolve, reject) => {
    const context = {
      async: () => (error: unknown, code: string) => (error ? reject(error instanceof Error ? error : new Error("the MDX loader failed", { cause: error })) : resolve(code)),
      getOptions: docsOptions,
      resourcePath: file,
    }
    loader.call(context, readFileSync(join(repo, file), 'utf8'))
  })
}

describe('the Storybook Guide', () => {
  it('renders its Markdown tables as tables', async () => {
    const code = await compile('stories/Guide.mdx')
    const rows = readFileSync(join(repo, 'stories/Guide.mdx'), 'utf8').split('\n').filter((line) => /^\|.*\|$/.test(line) && !/^\|[-| ]+\|$/.test(line))
    expect(rows.length).toBeGreaterThan(0)
    expect(code).toMatch(/_components\.table\b/)
    // Every body row and the header row become table rows.
    expect(code.match(/_components\.tr\b/g)?.length ?? 0).toBeGreaterThanOrEqual(rows.length)
  }, 30_000)

  it('shows the README’s 30-second example itself, read from README.md, so the two cannot differ', async () => {
    const code = await compile('stories/Guide.mdx')
    expect(code).toContain('../README.md?raw')
    expect(code).toContain("'## In 30 seconds'")
    expect(code).toMatch(/_jsx\(Source, \{\s*code: thirtySeconds/)
    expect(thirtySecondExample().code.trim()).not.toBe('')
  }, 30_000)
})
