/// <reference types="vite/client" />
// Visual regression: each component's key states, light and dark, at 640 and
// 390 px, compared with the reference images in __screenshots__/ (Debian's
// chromium; update them with `npx vitest run --project browser
// src/components/visual.browser.test.tsx --update` and look at every change).
// Time is frozen (Date only, timers stay real) so a countdown shows one number,
// and the spinner does not turn, so each picture is the same on every run.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onlineManager } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { page } from 'vitest/browser'
import '../styles.css'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError } from '../core/index.js'
import { ErrorAlert } from './ErrorAlert.js'
import { ErrorMessage } from './ErrorMessage.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { getFieldErrorProps } from './getFieldErrorProps.js'
import { OfflineNotice } from './OfflineNotice.js'
import { RetryPrompt } from './RetryPrompt.js'

const now = Date.UTC(2026, 11, 1, 9, 30, 5)
const fact = { requestId: 'req-7f3a', url: 'https://api.example.com/v2/vehicles?page=2', method: 'GET', occurredAt: now }
const limited = new ApiError({ category: 'rate_limited', status: 429, retryable: true, retryAfterMs: 28_000, ...fact })
const server = new ApiError({ category: 'server', status: 500, retryable: true, code: 'internal_error', ...fact })
const signedOut = new ApiError({ category: 'unauthenticated', status: 401, ...fact })
const conflict = new ApiError({ category: 'conflict', status: 409, code: 'duplicate_vin', ...fact })
const rejected = new ApiError({
  category: 'validation',
  status: 422,
  fieldErrors: { vin: ['Enter a 17-character VIN.'], 'battery.capacity_kwh': ['Must be between 10 and 200.'] },
  ...fact,
})
const noop = () => {}
const pending = () => new Promise<void>(noop)

function Form() {
  return (
    <form style={{ display: 'grid', gap: 12 }} onSubmit={(event) => event.preventDefault()}>
      <ErrorSummary error={rejected} fields={{ vin: 'VIN', 'battery.capacity_kwh': 'Battery capacity' }} focusOnShow={false} />
      <div style={{ display: 'grid', gap: 4 }}>
        <label htmlFor="vin">VIN</label>
        <input id="vin" name="vin" defaultValue="1N4AZ0CP" {...getFieldErrorProps(rejected, 'vin')} />
        <FieldError error={rejected} name="vin" />
      </div>
    </form>
  )
}

// Each key state, as an app would render it.
const states: Record<string, () => ReactNode> = {
  'alert-waiting': () => <ErrorAlert error={limited} onRetry={noop} />,
  'alert-persistent': () => <ErrorAlert error={server} onRetry={noop} persistent />,
  'alert-sign-in': () => <ErrorAlert error={signedOut} onSignIn={noop} />,
  'alert-reload': () => <ErrorAlert error={conflict} onReload={noop} />,
  'alert-details': () => <ErrorAlert error={conflict} onReload={noop} />,
  'alert-in-card': () => (
    <section style={{ border: '1px solid var(--rae-border)', borderRadius: 8, padding: 12 }}>
      <h2 style={{ margin: '0 0 8px', fontSize: 16 }}>Open jobs</h2>
      <ErrorAlert error={limited} onRetry={noop} variant="compact" headingLevel={3} />
    </section>
  ),
  'prompt-retrying': () => <RetryPrompt error={server} onRetry={noop} retrying />,
  'prompt-explain': () => <RetryPrompt error={limited} onRetry={pending} mode="explain" />,
  message: () => <ErrorMessage error={new TypeError('Failed to fetch')} />,
  form: () => <Form />,
  offline: () => <OfflineNotice />,
}

const frozen = `.rae-spinner { animation: none !important; } input { caret-color: transparent; }`

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now })
})
afterEach(() => {
  vi.useRealTimers()
  act(() => onlineManager.setOnline(true))
})

describe('the components as they look', () => {
  const cases = Object.keys(states).flatMap((state) => (['light', 'dark'] as const).flatMap((theme) => [640, 390].map((width) => [state, theme, width] as const)))

  it.each(cases)('%s, %s, %i px', async (state, theme, width) => {
    await page.viewport(width + 32, 900)
    if (state === 'offline') onlineManager.setOnline(false)
    const { container } = render(
      <ApiErrorsProvider supportUrl="mailto:help@example.com" locale="en-GB">
        <style>{frozen}</style>
        <div data-testid="frame" data-theme={theme} style={{ width, boxSizing: 'border-box', padding: 16, background: 'var(--rae-surface)', color: 'var(--rae-fg)', fontFamily: 'system-ui, sans-serif', fontSize: 16, lineHeight: 1.5 }}>
          {states[state]!()}
        </div>
      </ApiErrorsProvider>,
    )
    if (state === 'alert-details') for (const details of container.querySelectorAll('details')) details.open = true
    await expect.element(page.getByTestId('frame')).toMatchScreenshot(`${state}-${theme}-${width}`)
  })
})
