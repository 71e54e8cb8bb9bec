// What the components make of hostile server data: text stays text, only
// http(s) becomes a link, lookups by a server's code or field name never reach
// Object.prototype, and a cancel shows nothing.
import { render, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorAlert } from '../src/components/ErrorAlert.js'
import { ErrorMessage } from '../src/components/ErrorMessage.js'
import { ErrorSummary } from '../src/components/ErrorSummary.js'
import { FieldError } from '../src/components/FieldError.js'
import { RetryPrompt } from '../src/components/RetryPrompt.js'
import { ApiError, classifyError } from '../src/core/index.js'
import { en } from '../src/messages/en.js'
import { expectInert } from './expectInert.js'

/** Every component, each given the same error (and every field it names). */
function renderAll(error: unknown, fields: string[] = []): HTMLElement {
  const { container } = render(
    <>
      <ErrorMessage error={error} />
      <ErrorAlert error={error} onRetry={() => {}} onSignIn={() => {}} persistent />
      <RetryPrompt error={error} onRetry={() => {}} />
      <ErrorSummary error={error} fields={{ email: 'Email' }} focusOnShow={false} />
      {fields.map((name) => (
        <FieldError key={name} error={error} name={name} />
      ))}
    </>,
  )
  return container
}

const problem = (extra: Record<string, unknown>) => ({ status: 403, headers: { 'content-type': 'application/problem+json' }, body: { title: 'No', detail: 'Denied', ...extra } })

describe('hostile server data, rendered', () => {
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', '/docs/problems/x', '//evil.test/x', 'vbscript:x', 'https://'])(
    'never makes a link of the problem type %j, nor of its instance',
    (url) => {
      const container = renderAll(problem({ type: url, instance: url }))
      expectInert(container, { garbage: true })
      expect(screen.queryByRole('link', { name: en['action.learnMore'] })).toBeNull()
      // Still shown to support, as text.
      expect(screen.getAllByText(url.trim()).length).toBeGreaterThan(0)
    },
  )

  it('links an http(s) problem type, and only that', () => {
    renderAll(problem({ type: 'https://docs.example.test/problems/no-access', instance: 'javascript:alert(1)' }))
    // Developer documentation: a link in the details for support, not a "Learn more" action.
    expect(screen.queryByRole('link', { name: en['action.learnMore'] })).toBeNull()
    expect(screen.getByRole('link', { name: 'https://docs.example.test/problems/no-access' })).toHaveAttribute('href', 'https://docs.example.test/problems/no-access')
    expect(screen.getAllByRole('link')).toHaveLength(1)
  })

  it('renders HTML and scripts in every server text as inert text', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>'
    const error = { status: 422, body: { type: html, title: html, detail: html, instance: html, field_errors: { email: [html], [html]: ['named by markup'] } } }
    const container = renderAll(error, ['email', html])
    expectInert(container, { garbage: true })
    // The field message is shown, as the text it is.
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">')
  })

  it('shows no control characters in any server text', () => {
    const dirty = 'Bad\u0000 value\u001b[31m\u0007\u009b'
    const error = { status: 422, headers: { 'x-request-id': dirty }, body: { type: dirty, title: dirty, detail: dirty, instance: dirty, request_id: dirty, field_errors: { email: [dirty] } } }
    const container = renderAll(error, ['email'])
    expectInert(container, { garbage: true })
    expect(container.textContent).toContain('Bad value[31m')
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
    'reaches nothing inherited through the code or field name %j',
    (name) => {
      const fromServer = classifyError({ status: 409, body: { success: false, error: name, message: 'Server text', field_errors: { [name]: ['Field text'] } } })
      expect(fromServer.code).toBe(name)
      const container = renderAll(fromServer, [name, 'email'])
      expectInert(container, { garbage: true })
      expect(screen.getAllByText(en['conflict.title']).length).toBeGreaterThan(0)
      // An error made by hand, whose field errors are a plain object, and a summary whose labels are one.
      const byHand = new ApiError({ category: 'validation', status: 422, code: name, fieldErrors: { email: ['Taken'] } })
      const { container: other } = render(
        <>
          <FieldError error={byHand} name={name} />
          <ErrorSummary error={fromServer} fields={{ email: 'Email' }} focusOnShow={false} />
        </>,
      )
      expectInert(other, { garbage: true })
    },
  )

  it('renders errors whose body is 100,000 levels deep, circular, or full of BigInts and Symbols', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 100_000; i++) deep = { errors: deep }
    const circular: Record<string, unknown> = { detail: 'Loop' }
    circular.self = circular
    for (const body of [deep, circular, { detail: 10n, field_errors: { email: [Symbol('x'), 'Taken'] } }]) {
      const container = renderAll({ status: 422, body }, ['email'])
      expectInert(container)
      expect(screen.getAllByRole('alert').length).toBeGreaterThan(0)
      document.body.innerHTML = ''
    }
  })

  it('renders what a server\'s JSON claiming to be an ApiError really is', () => {
    const claim = JSON.parse('{"name":"ApiError","category":"__proto__","message":"<b>x</b>","fieldErrors":{"email":"not a list"}}') as unknown
    const container = renderAll(claim, ['email'])
    expectInert(container, { garbage: true })
    expect(screen.getAllByText(en['unknown.title']).length).toBeGreaterThan(0)
  })
})

describe('a cancel', () => {
  const cancels: [string, () => unknown][] = [
    ['an AbortError', () => new DOMException('The user aborted a request.', 'AbortError')],
    ['axios\' CanceledError', () => Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' })],
    ['TanStack Query\'s CancelledError', () => Object.assign(new Error('CancelledError'), { revert: true })],
    ['an aborted ApiError', () => new ApiError({ category: 'aborted' })],
  ]

  it.each(cancels)('shows nothing for %s', (_, make) => {
    const elements: ReactElement[] = [
      <ErrorMessage key="message" error={make()} />,
      <ErrorAlert key="alert" error={make()} onRetry={() => {}} />,
      <RetryPrompt key="retry" error={make()} onRetry={() => {}} />,
      <ErrorSummary key="summary" error={make()} />,
      <FieldError key="field" error={make()} name="email" />,
    ]
    for (const element of elements) {
      const { container, unmount } = render(element)
      expect(container).toBeEmptyDOMElement()
      unmount()
    }
  })

  it('is told apart from a deadline, which shows as a timeout', () => {
    render(<ErrorMessage error={new DOMException('The request passed its deadline.', 'TimeoutError')} />)
    expect(screen.getByRole('alert')).toHaveTextContent(en['timeout.title'])
  })
})

describe('impossible statuses', () => {
  it.each([Number.NaN, Infinity])('renders a thrown record whose status is %s without a warning', (status) => {
    const container = renderAll({ status, body: { detail: 'x' } })
    expectInert(container)
    expect(container.querySelector('dd')?.textContent ?? '').not.toMatch(/NaN|Infinity/)
  })
})
