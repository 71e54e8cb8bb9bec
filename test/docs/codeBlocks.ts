// The fenced code blocks of the README and the Storybook Guide, read as they
// are on disk, so the docs tests follow the docs as they change.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repo } from '../packTarball.js'

export interface CodeBlock {
  /** `README.md:18`: the file and the line of the opening fence. */
  where: string
  lang: string
  code: string
  /** The `##` heading the block sits under. */
  section: string
}

export const documents = ['README.md', 'stories/Guide.mdx']

export function codeBlocks(file: string): CodeBlock[] {
  const lines = readFileSync(join(repo, file), 'utf8').split('\n')
  const blocks: CodeBlock[] = []
  let section = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heading = /^##\s+(.*)/.exec(line)
    if (heading) section = heading[1]!.trim()
    const fence = /^(\s*)```(\w*)\s*$/.exec(line)
    if (!fence) continue
    const start = i
    const body: string[] = []
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) body.push(lines[i]!.slice(fence[1]!.length))
    blocks.push({ where: `${file}:${start + 1}`, lang: fence[2] ?? '', code: body.join('\n'), section })
  }
  return blocks
}

/** The README's "In 30 seconds" example, exactly as printed. */
export function thirtySecondExample(): CodeBlock {
  const block = codeBlocks('README.md').find((candidate) => /in 30 seconds/i.test(candidate.section) && /^tsx?$/.test(candidate.lang))
  if (!block) throw new Error('README.md has no tsx block under "In 30 seconds"')
  return block
}
