/// <reference types="vite/client" />
// The stylesheet in a real Chromium: every component, in light and dark, has
// no axe violations, colour contrast included (jsdom cannot check contrast),
// and a keyboard focus ring that shows.
import { render } from '@testing-library/react'
import axe from 'axe-core'
import { userEvent } from 'vitest/browser'
import '../styles.css'
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
      <ErrorAlert error={{ status: 500, headers: { 'x-request-id': 'r-3' } }} onRetry={() => {}} persistent />
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

describe('styles.css', () => {
  it.each(['light', 'dark'] as const)('meets WCAG AA, contrast included, in %s', async (theme) => {
    const { container } = render(<Gallery theme={theme} />)
    for (const details of container.querySelectorAll('details')) details.open = true
    const results = await axe.run(container, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length).toBeGreaterThan(10)
  })

  it('draws a visible focus ring on keyboard focus', async () => {
    const { container } = render(<Gallery theme="light" />)
    await userEvent.keyboard('{Tab}')
    const focused = document.activeElement as HTMLElement
    expect(container.contains(focused)).toBe(true)
    const style = getComputedStyle(focused)
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})
