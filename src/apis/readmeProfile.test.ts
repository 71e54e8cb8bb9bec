// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { classifyError, type ApiProfile } from '../core/index.js'
import { describeError } from '../messages/describeError.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'

// The README's GitHub profile, run as printed (its import pointed at the source).
async function readmeExample(): Promise<{ github: ApiProfile }> {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')
  const block = /```ts\n(import \{ classifyError, describeError, type ApiProfile \} from 'react-api-errors'\n[\s\S]*?)```/.exec(readme)?.[1]
  if (!block) throw new Error('README has no GitHub profile example')
  const source = fileURLToPath(new URL('../index.ts', import.meta.url))
  const file = join(mkdtempSync(join(tmpdir(), 'rae-readme-')), 'github.ts')
  writeFileSync(file, block.replace("from 'react-api-errors'", `from ${JSON.stringify(source)}`))
  return (await import(/* @vite-ignore */ file)) as { github: ApiProfile }
}

describe('the README\u2019s GitHub profile', () => {
  it('turns a 403 with no requests left into a rate limit, with GitHub\u2019s words, in English and French', async () => {
    const { github } = await readmeExample()
    const reset = Math.ceil((Date.now() + 90_000) / 1000)
    const limited = classifyError(
      { url: 'https://api.github.com/user/repos', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } },
      { profiles: [github] },
    )
    expect(limited).toMatchObject({ category: 'rate_limited', retryable: true, profile: 'GitHub' })
    expect(limited.retryAfterMs).toBeGreaterThan(80_000)
    expect(describeError(limited, { profiles: [github] }).description).toBe(github.messages!.en!['rate_limited.description'])
    expect(describeError(limited, { profiles: [github], messages: fr }).description).toBe(github.messages!.fr!['rate_limited.description'])
    // Another API's 403 is still a 403.
    const other = classifyError({ url: 'https://api.example.com/x', status: 403, headers: { 'x-ratelimit-remaining': '0' } }, { profiles: [github] })
    expect(other).toMatchObject({ category: 'forbidden', profile: undefined })
  })

  it('says a 422 already_exists in the dashboard\u2019s words, and offers GitHub support where it helps', async () => {
    const { github } = await readmeExample()
    const body = { message: 'Validation Failed', errors: [{ resource: 'Repository', code: 'already_exists', field: 'name' }] }
    const taken = classifyError({ url: 'https://api.github.com/user/repos', method: 'POST', status: 422, body }, { profiles: [github] })
    expect(describeError(taken, { profiles: [github] }).description).toBe(github.messages!.en!.already_exists)
    const forbidden = classifyError({ url: 'https://api.github.com/orgs/acme', status: 403 }, { profiles: [github] })
    const info = describeError(forbidden, { profiles: [github], offer: { support: false } })
    expect(info).toMatchObject({ title: en['forbidden.title'], action: 'Contact GitHub support', support: { url: 'https://support.github.com/' } })
  })
})
