// The story tests' console guard (issue 16): the project preview's own
// beforeEach/afterEach, run as Storybook runs them around a story. A story
// that logs an unexpected console.error fails; React's boundary report passes
// only in a story that declares `parameters.consoleErrors: 'boundary'`.
import { afterEach, describe, expect, it, vi } from 'vitest'
import preview from '../.storybook/preview.js'
import { ApiError } from '../src/core/index.js'
import { takeConsoleErrors } from './console.js'

type Hook = (context: { parameters: Record<string, unknown> }) => unknown
const asList = (hook: unknown) => (Array.isArray(hook) ? hook : [hook]).filter(Boolean) as Hook[]

/** Runs a story body between the preview's hooks; resolves, or rejects as the story test would fail. */
async function runStory(parameters: Record<string, unknown>, body: () => void) {
  const context = { parameters }
  const cleanups: unknown[] = []
  for (const hook of asList(preview.beforeEach)) cleanups.push(await hook(context))
  try {
    body()
    for (const hook of asList(preview.afterEach)) await hook(context)
  } finally {
    for (const cleanup of cleanups) if (typeof cleanup === 'function') cleanup()
  }
}

// React 19's report of an error a boundary caught, as the boundary stories log it.
const boundaryReport = () => console.error('%o\n\n%s\n\n%s\n', new ApiError({ category: 'server', status: 500 }), 'The above error occurred in the <Stations> component.', 'React will try to recreate this component tree from scratch using the error boundary you provided, ErrorBoundary.')

describe('the story console guard', () => {
  afterEach(() => {
    // What the guard printed went to the unit tests' own console spy: not this test's failure.
    takeConsoleErrors()
  })

  it('fails a story that logs an unexpected console.error', async () => {
    await expect(runStory({}, () => console.error('Warning: Each child in a list should have a unique "key" prop.'))).rejects.toThrow(/Unexpected console.error \(1\): Warning: Each child/)
  })

  it('passes a story that logs nothing', async () => {
    await expect(runStory({}, () => {})).resolves.toBeUndefined()
  })

  it('fails a story that did not declare the boundary report it logs', async () => {
    await expect(runStory({}, boundaryReport)).rejects.toThrow(/Unexpected console.error/)
  })

  it('lets React\u2019s boundary report through a story that expects it, silently, and nothing else', async () => {
    const printed: unknown[][] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args))
    await expect(runStory({ consoleErrors: 'boundary' }, boundaryReport)).resolves.toBeUndefined()
    expect(printed).toEqual([])
    await expect(runStory({ consoleErrors: 'boundary' }, () => console.error(new TypeError('x is undefined')))).rejects.toThrow(/TypeError: x is undefined/)
    spy.mockRestore()
  })

  it('puts console.error back after the story', async () => {
    const before = console.error
    await runStory({}, () => {})
    expect(console.error).toBe(before)
  })
})
