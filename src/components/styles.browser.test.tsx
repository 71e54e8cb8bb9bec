/// <reference types="vite/client" />
// The stylesheet in a real Chromium: every component, in light and dark, has
// no axe violations, colour contrast included (jsdom cannot check contrast),
// and a keyboard focus ring that shows.
import { afterEach, describe, expect, it } from 'vitest'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import axe from 'axe-core'
import { userEvent } from 'vitest/browser'
import '../styles.css'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError } from '../core/index.js'
import { ErrorAlert } from './ErrorAlert.js'
import { ErrorMessage } from './ErrorMessage.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { getFieldErrorProps } from './getFieldErrorProps.js'
import { RetryPrompt } from './RetryPrompt.js'

const rejected = { status: 422, headers: { 'x-request-id': 'r-1' }, body: { detail: 'Check the fields.', field_errors: { email: ['Already taken.'] } } }
const limited = new ApiError({ category: 'rate_limited', status: 429, retryable: true, retryAfterMs: 30_000, requestId: 'r-2' })

function Gallery({ theme }: { theme: 'light' | 'dark' }) {
  return (
    <main data-theme={theme} style={{ background: 'var(--rae-surface)', color: 'var(--rae-fg)', padding: 16 }}>
      <ErrorAlert error={limited} onRetry={() => {}} />
      <ApiErrorsProvider supportUrl="mailto:help@example.com">
        <ErrorAlert error={{ status: 500, headers: { 'x-request-id': 'r-3' } }} onRetry={() => {}} persistent />
      </ApiErrorsProvider>
      <ErrorAlert error={{ status: 404 }} />
      <ErrorMessage error={new TypeError('Failed to fetch')} />
      <RetryPrompt error={{ status: 503 }} onRetry={() => {}} />
      <form>
        <ErrorSummary error={rejected} fields={{ email: 'Email' }} focusOnShow={false} />
        <label htmlFor={`email-${theme}`}>Email</label>
        <input id={`email-${theme}`} name="email" {...getFieldErrorProps(rejected, 'email')} />
        <FieldError error={rejected} name="email" />
      </form>
    </main>
  )
}

// In a real browser React needs no act(): once rendered, the countdowns tick
// as in an app, without "not wrapped in act" warnings on a slow test.
const live = (ui: ReactNode) => {
  const result = render(ui)
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false })
  return result
}
afterEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
})

describe('styles.css', () => {
  it.each(['light', 'dark'] as const)('meets WCAG AA, contrast included, in %s', async (theme) => {
    const { container } = live(<Gallery theme={theme} />)
    for (const details of container.querySelectorAll('details')) details.open = true
    const results = await axe.run(container, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'], rules: { 'target-size': { enabled: true } } })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length).toBeGreaterThan(10)
  })

  it('runs the WCAG 2.2 target-size rule: a 16 px button beside another fails it', async () => {
    const { container } = live(
      <p>
        <button type="button" style={{ all: 'unset', display: 'inline-block', width: 16, height: 16 }}>a</button>
        <button type="button" style={{ all: 'unset', display: 'inline-block', width: 16, height: 16 }}>b</button>
      </p>,
    )
    const results = await axe.run(container, { runOnly: ['wcag22aa'], rules: { 'target-size': { enabled: true } } })
    expect(results.violations.map((v) => v.id)).toContain('target-size')
  })

  it.each([1, 1.8])('gives every action and summary link 24 x 24 px or more, and links the height of buttons, at a host line height of %s', (lineHeight) => {
    const { container } = live(
      <div style={{ lineHeight, fontSize: 12 }}>
        <Gallery theme="light" />
      </div>,
    )
    for (const details of container.querySelectorAll('details')) details.open = true
    const targets = [...container.querySelectorAll<HTMLElement>('.rae-button, .rae-summary a, .rae-details summary, .rae-details a')]
    expect(targets.length).toBeGreaterThan(8)
    for (const target of targets) {
      const box = target.getBoundingClientRect()
      expect([target.textContent, box.width >= 24 && box.height >= 24]).toEqual([target.textContent, true])
    }
    const heights = new Set([...container.querySelectorAll<HTMLElement>('.rae-alert__actions .rae-button')].map((node) => Math.round(node.getBoundingClientRect().height)))
    expect(heights.size).toBe(1)
  })

  it('draws a visible focus ring on keyboard focus', async () => {
    const { container } = live(<Gallery theme="light" />)
    await userEvent.keyboard('{Tab}')
    const focused = document.activeElement as HTMLElement
    expect(container.contains(focused)).toBe(true)
    const style = getComputedStyle(focused)
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})
