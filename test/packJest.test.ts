// @vitest-environment node
// Jest resolves modules itself (no `require(esm)`): the README's jest.config.js,
// as printed, lets a CommonJS Jest suite load the packed package.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeBlocks } from './docs/codeBlocks.js'
import { packedApp, runAsync } from './packTarball.js'

let work = ''
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

const suite = `const { classifyError } = require('react-api-errors/core')
const { describeError, ErrorMessage } = require('react-api-errors')

test('the package loads in Jest', () => {
  expect(classifyError({ status: 429, headers: { 'retry-after': '3' } }).retryAfterMs).toBe(3000)
  expect(describeError({ status: 404 }).title.length).toBeGreaterThan(0)
  expect(ErrorMessage).toBeDefined()
})
`

describe('Jest', () => {
  it('runs a CommonJS suite against the tarball with the README’s jest.config.js', async () => {
    const config = codeBlocks('README.md').find((block) => block.lang === 'js' && block.code.includes('transformIgnorePatterns'))
    expect(config, 'README.md has a js block with the Jest config').toBeDefined()
    let app = ''
    ;({ work, app } = packedApp('react-api-errors-jest-', ['jest', '@babel/plugin-transform-modules-commonjs']))
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'jest-app', private: true }))
    writeFileSync(join(app, 'jest.config.js'), config!.code)
    writeFileSync(join(app, 'loads.test.js'), suite)
    const output = await runAsync(process.execPath, [join(app, 'node_modules/jest/bin/jest.js'), '--ci'], app)
    expect(output).toMatch(/Tests:\s+1 passed, 1 total/)
  }, 120_000)
})
