// Server rendering: every component renders with renderToString, then
// hydrates over that HTML with no mismatch (a recoverable error or a
// console.error fails the test). Runs on React 19 (unit) and 18 (unit-react18).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, type ReactElement } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as client from '../src/index.js'

type Library = typeof client

// Factories, not constants: each render meets a fresh object, so the classify-once
// cache cannot hand the client an error (and its time) from an earlier test.
const unavailable = () => ({ status: 503, headers: { 'retry-after': '30', 'x-request-id': 'req_42' }, body: 'Down for maintenance' })
const rateLimited = () => ({ status: 429, headers: { 'retry-after': '45' }, body: { success: false, error: 'rate_limit_exceeded', message: 'Too many requests', retry_after: 45 } })
const invalid = () => ({
  status: 422,
  body: { type: 'https://api.test/problems/validation', title: 'Invalid vehicle', field_errors: { vin: ['Must be 17 characters'], 'battery.capacity_kwh': ['Must be positive'] } },
})
const signedOut = () => ({ status: 401, body: { error: 'Token expired' } })
const noop = () => undefined

const examples: [string, (lib: Library) => ReactElement][] = [
  ['ErrorMessage', ({ ErrorMessage }) => <ErrorMessage error={unavailable()} />],
  ['ErrorMessage without an error', ({ ErrorMessage }) => <ErrorMessage error={null} />],
  ['ErrorAlert with a retry countdown', ({ ErrorAlert }) => <ErrorAlert error={rateLimited()} onRetry={noop} />],
  ['ErrorAlert with support details', ({ ErrorAlert }) => <ErrorAlert error={unavailable()} onRetry={noop} />],
  ['ErrorAlert asking to sign in', ({ ErrorAlert }) => <ErrorAlert error={signedOut()} onSignIn={noop} />],
  ['RetryPrompt counting down', ({ RetryPrompt }) => <RetryPrompt error={rateLimited()} onRetry={noop} />],
  ['RetryPrompt with the backoff delay', ({ RetryPrompt }) => <RetryPrompt error={{ status: 502 }} onRetry={noop} />],
  ['FieldError', ({ FieldError }) => <><input aria-describedby="vin-error" /><FieldError error={invalid()} name="vin" /></>],
  ['FieldError of a field without errors', ({ FieldError }) => <FieldError error={invalid()} name="name" />],
  ['ErrorSummary', ({ ErrorSummary }) => <ErrorSummary error={invalid()} fields={{ vin: 'VIN', 'battery.capacity_kwh': 'Capacity' }} />],
  [
    'QueryErrorBoundary',
    ({ QueryErrorBoundary }) => (
      <QueryClientProvider client={new QueryClient()}>
        <QueryErrorBoundary>
          <p>Stations</p>
        </QueryErrorBoundary>
      </QueryClientProvider>
    ),
  ],
  [
    'components in French through ApiErrorsProvider',
    ({ ApiErrorsProvider, ErrorAlert, FieldError }) => (
      <ApiErrorsProvider locale="fr">
        <ErrorAlert error={rateLimited()} onRetry={noop} />
        <FieldError error={invalid()} name="vin" />
      </ApiErrorsProvider>
    ),
  ],
]

/** Removes `window` and `document`, as on a server; returns what puts them back. */
function hideDom(): () => void {
  const saved = (['window', 'document'] as const).map((key) => [key, Object.getOwnPropertyDescriptor(globalThis, key)] as const)
  for (const [key] of saved) Reflect.deleteProperty(globalThis, key)
  return () => {
    for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(globalThis, key, descriptor)
  }
}

function withoutDom<T>(run: () => T): T {
  const restore = hideDom()
  try {
    return run()
  } finally {
    restore()
  }
}

/**
 * The library as a server evaluates it: imported afresh without `window` and
 * `document`, so that code choosing by environment at import time chooses as
 * it would in Node.
 */
async function serverLibrary(): Promise<Library> {
  const restore = hideDom()
  try {
    vi.resetModules()
    return await import('../src/index.js')
  } finally {
    restore()
  }
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  vi.useRealTimers()
  document.body.innerHTML = ''
})

/** Renders on the "server", lets time pass as it does before hydration, hydrates, and reports what React recovered from. */
async function serverThenClient(render: (lib: Library) => ReactElement, gapMs: number) {
  const server = await serverLibrary()
  expect(server.ErrorMessage).not.toBe(client.ErrorMessage)
  vi.useFakeTimers({ toFake: ['Date'] })
  const html = withoutDom(() => renderToString(render(server)))
  expect(html).not.toContain('<!--$!-->') // a server render that fell back to the client
  vi.setSystemTime(Date.now() + gapMs)
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const serverText = container.textContent
  const recovered: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, render(client), { onRecoverableError: (error) => void recovered.push(error) })
  })
  return { serverText, clientText: container.textContent, recovered }
}

describe('server rendering', () => {
  it.each(examples)('%s renders to a string and hydrates without mismatch', async (_name, render) => {
    const { serverText, clientText, recovered } = await serverThenClient(render, 0)
    expect(recovered).toEqual([])
    expect(clientText).toBe(serverText)
  })

  it.each(examples)('%s hydrates without mismatch when the page arrives 1.5 s after the server rendered it', async (_name, render) => {
    const { recovered } = await serverThenClient(render, 1500)
    expect(recovered).toEqual([])
  })

  it('renders what users need on the server: the message, the field error and its id', async () => {
    const { ErrorMessage, FieldError } = await serverLibrary()
    const html = withoutDom(() =>
      renderToString(
        <>
          <ErrorMessage error={unavailable()} />
          <FieldError error={invalid()} name="vin" />
        </>,
      ),
    )
    expect(html).toContain('role="alert"')
    expect(html).toContain('Must be 17 characters')
    expect(html).toMatch(/id="[^"]+"/)
  })
})
