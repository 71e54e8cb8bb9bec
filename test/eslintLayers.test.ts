// @vitest-environment node
// The layer rules of eslint.config.js, run on real files of each layer with
// one import line changed: each layer may import only the layers before it.
import { ESLint } from 'eslint'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Import rules need no types: without the type checker a file lints in milliseconds, not a minute.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })

/** The `no-restricted-imports` messages for `code` linted as if it were `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message)
}

const cases: [file: string, specifier: string, allowed: boolean][] = [
  ['src/core/classifyError.ts', 'react', false],
  ['src/core/classifyError.ts', '../messages/en.js', false],
  ['src/core/classifyError.ts', '../context/ApiErrorsProvider.js', false],
  ['src/core/dialects/problemDetails.ts', '../../messages/en.js', false],
  ['src/core/dialects/problemDetails.ts', '../guards.js', true],
  ['src/messages/describeError.ts', '../core/index.js', true],
  ['src/messages/describeError.ts', '../components/ErrorAlert.js', false],
  ['src/messages/describeError.ts', '@tanstack/react-query', false],
  ['src/context/ApiErrorsProvider.tsx', '../hooks/useApiError.js', false],
  ['src/hooks/useApiError.ts', '../query/useOnline.js', false],
  ['src/hooks/useApiError.ts', '@tanstack/react-query', false],
  ['src/hooks/useApiError.ts', '../context/ApiErrorsProvider.js', true],
  ['src/query/useQueryError.ts', '../components/ErrorAlert.js', false],
  ['src/query/useQueryError.ts', '../hooks/useCountdown.js', true],
  ['src/query/useQueryError.ts', '../index.js', false],
  ['src/components/ErrorAlert.tsx', '../query/useQueryError.js', true],
  ['src/components/ErrorAlert.tsx', '../forms/reactHookForm.js', false],
  ['src/forms/reactHookForm.ts', '../components/ErrorAlert.js', false],
  ['src/forms/reactHookForm.ts', '../query/withApiErrors.js', false],
  ['src/core/classifyError.ts', '../apis/persium.js', false],
  ['src/messages/describeError.ts', '../integrations/trpc.js', false],
]

describe('ESLint layer rules', () => {
  it.each(cases)('%s importing %s: allowed %s', async (file, specifier, allowed) => {
    const messages = await restricted(file, `import * as imported from '${specifier}'\nexport { imported }\n`)
    expect(messages.length === 0).toBe(allowed)
  }, 20_000)
})
