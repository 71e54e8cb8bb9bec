// The Storybook docs pages show TSDoc examples as code (see tsdoc.ts).
import { describe, expect, it } from 'vitest'
import { componentDescription, exampleAsCode } from './tsdoc.js'

describe('exampleAsCode', () => {
  it('turns a fenced @example into a labelled code block, with no literal tag left', () => {
    const text = exampleAsCode('Shows one line.\n\n@example\n```tsx\n<ErrorMessage error={error} />\n```')
    expect(text).toBe('Shows one line.\n\n**Example**\n\n```tsx\n<ErrorMessage error={error} />\n```')
  })

  it('fences an unfenced example up to the next tag', () => {
    const text = exampleAsCode('Retries.\n@example\nshouldRetry(1, error)\n@see retryDelay')
    expect(text).not.toContain('@example')
    expect(text).toContain('```tsx\nshouldRetry(1, error)\n```\n@see retryDelay')
  })

  it('reads a component’s docgen description', () => {
    const component = Object.assign(() => null, { __docgenInfo: { description: 'A box.\n@example\n```tsx\n<Box />\n```' } })
    expect(componentDescription(component)).toContain('**Example**')
    expect(componentDescription(undefined)).toBe('')
  })
})
