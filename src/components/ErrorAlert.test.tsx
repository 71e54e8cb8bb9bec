import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError, ERROR_CATEGORIES, isRetryable } from '../core/index.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { ErrorAlert } from './ErrorAlert.js'
import { COPIED_MS } from './SupportDetails.js'

const problem = {
  status: 400,
  headers: { 'x-request-id': 'req-123' },
  body: {
    type: 'https://api.ev.energy/v2/problems/pagination-paramaters/',
    title: 'Invalid pagination parameter',
    status: 400,
    detail: 'Invalid value for pagination parameter: page_size',
    instance: '/v2/vehicles?page_size=x',
  },
}
const at = Date.UTC(2026, 11, 1, 9, 30, 5)
const failed = new ApiError({
  category: 'server',
  status: 500,
  code: 'internal',
  requestId: 'req-9',
  url: 'https://api.example.com/v2/vehicles?token=secret',
  method: 'post',
  occurredAt: at,
})

afterEach(() => {
  vi.useRealTimers()
})

describe('ErrorAlert', () => {
  it.each(ERROR_CATEGORIES.filter((category) => category !== 'aborted'))('shows the title, description and fitting actions for %s', async (category) => {
    const { container } = render(<ErrorAlert error={new ApiError({ category, retryable: isRetryable(category) })} onRetry={() => {}} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en[`${category}.title`])
    // Without a sign-in handler a 401 promises no sign-in: its words for when the alert stands alone.
    expect(screen.getByRole('alert')).toHaveTextContent(category === 'unauthenticated' ? en['unauthenticated.alone'] : en[`${category}.description`])
    expect(screen.queryAllByRole('button', { name: en['action.retry'] })).toHaveLength(isRetryable(category) ? 1 : 0)
    await expectNoAxeViolations(container)
  })

  it('leads with an icon hidden from screen readers', () => {
    const { container } = render(<ErrorAlert error={{ status: 404 }} />)
    const icon = container.querySelector('svg')!
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(container.firstElementChild!.firstElementChild).toBe(icon)
  })

  it('gives no element an id that nothing points at', () => {
    const { container } = render(<ErrorAlert error={{ status: 429, headers: { 'retry-after': '30' } }} onRetry={() => {}} />)
    const referenced = new Set(
      [...container.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')].flatMap((node) =>
        ['aria-describedby', 'aria-labelledby', 'aria-controls'].flatMap((name) => node.getAttribute(name)?.split(' ') ?? []),
      ),
    )
    const ids = [...container.querySelectorAll('[id]')].map((node) => node.id)
    expect(ids.filter((id) => !referenced.has(id))).toEqual([])
  })

  it('keeps the actions out of the inner alert', () => {
    render(<ErrorAlert error={{ status: 503 }} onRetry={() => {}} />)
    expect(within(screen.getByRole('alert')).queryByRole('button')).toBeNull()
  })

  it('lets a keyboard user retry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    render(<ErrorAlert error={new TypeError('Failed to fetch')} onRetry={onRetry} />)
    await user.tab()
    expect(screen.getByRole('button', { name: en['action.retry'] })).toHaveFocus()
    await user.keyboard('{Enter}')
    await user.keyboard(' ')
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('makes Sign in the primary action of a 401: the provider\u2019s onSignIn, or the prop', async () => {
    const user = userEvent.setup()
    const onSignIn = vi.fn()
    const { container, rerender } = render(
      <ApiErrorsProvider onSignIn={onSignIn}>
        <ErrorAlert error={{ status: 401 }} onRetry={() => {}} />
      </ApiErrorsProvider>,
    )
    const signIn = screen.getByRole('button', { name: en['action.signIn'] })
    expect(signIn).toHaveClass('rae-button--primary')
    expect(screen.getByRole('alert')).toHaveTextContent(en['unauthenticated.description'])
    await user.click(signIn)
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }))
    await expectNoAxeViolations(container)
    const own = vi.fn()
    rerender(
      <ApiErrorsProvider onSignIn={onSignIn}>
        <ErrorAlert error={{ status: 401 }} onSignIn={own} />
      </ApiErrorsProvider>,
    )
    await user.click(screen.getByRole('button', { name: en['action.signIn'] }))
    expect(own).toHaveBeenCalledTimes(1)
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('offers no Sign in, and no words promising one, without a handler', () => {
    render(<ErrorAlert error={{ status: 401 }} />)
    expect(screen.queryByRole('button', { name: en['action.signIn'] })).toBeNull()
    expect(screen.getByRole('alert')).not.toHaveTextContent(/sign in/i)
  })

  it('makes Reload the primary action of a conflict when the app gives onReload', async () => {
    const user = userEvent.setup()
    const onReload = vi.fn()
    const { rerender } = render(<ErrorAlert error={{ status: 409 }} />)
    expect(screen.queryByRole('button', { name: en['action.reload'] })).toBeNull()
    rerender(
      <ApiErrorsProvider onReload={onReload}>
        <ErrorAlert error={{ status: 409 }} />
      </ApiErrorsProvider>,
    )
    const reload = screen.getByRole('button', { name: en['action.reload'] })
    expect(reload).toHaveClass('rae-button--primary')
    await user.click(reload)
    expect(onReload).toHaveBeenCalledWith(expect.objectContaining({ status: 409 }))
  })

  it('offers contact support for a persistent 5xx, when the app says where', async () => {
    const { rerender, container } = render(
      <ApiErrorsProvider supportUrl="mailto:help@example.com">
        <ErrorAlert error={{ status: 500 }} />
      </ApiErrorsProvider>,
    )
    expect(screen.queryByRole('link', { name: en['action.support'] })).toBeNull()
    rerender(
      <ApiErrorsProvider supportUrl="mailto:help@example.com">
        <ErrorAlert error={{ status: 500 }} persistent />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('link', { name: en['action.support'] })).toHaveAttribute('href', 'mailto:help@example.com')
    await expectNoAxeViolations(container)
    rerender(<ErrorAlert error={{ status: 500 }} persistent />)
    expect(screen.queryByRole('link', { name: en['action.support'] })).toBeNull()
  })

  it('calls onContactSupport with the error instead of a link', async () => {
    const user = userEvent.setup()
    const onContactSupport = vi.fn()
    render(
      <ApiErrorsProvider onContactSupport={onContactSupport}>
        <ErrorAlert error={{ status: 501 }} />
      </ApiErrorsProvider>,
    )
    await user.click(screen.getByRole('button', { name: en['action.support'] }))
    expect(onContactSupport).toHaveBeenCalledWith(expect.objectContaining({ status: 501 }))
  })

  it('puts a problem type into the details for support, not a Learn more button', async () => {
    const user = userEvent.setup()
    const { container, rerender } = render(<ErrorAlert error={problem} />)
    expect(screen.queryByRole('link', { name: en['action.learnMore'] })).toBeNull()
    await user.click(screen.getByText(en['ui.details']))
    expect(within(container.querySelector('details')!).getByRole('link', { name: problem.body.type })).toHaveAttribute('href', problem.body.type)
    await expectNoAxeViolations(container)
    rerender(<ErrorAlert error={{ ...problem, body: { ...problem.body, type: 'javascript:alert(1)' } }} />)
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('gives support the time, request id, method and path, status and code, and copies them with the title', async () => {
    const user = userEvent.setup()
    const { container } = render(<ErrorAlert error={failed} />)
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    await user.click(screen.getByText(en['ui.details']))
    const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(at)
    for (const text of [shown, 'req-9', 'POST /v2/vehicles', '500', 'internal']) expect(within(details).getByText(text)).toBeVisible()
    expect(details).not.toHaveTextContent('secret')
    await user.click(screen.getByRole('button', { name: en['ui.copy'] }))
    expect(await navigator.clipboard.readText()).toBe(
      [
        `${en['ui.title']}: ${en['server.title']}`,
        `${en['ui.time']}: 2026-12-01T09:30:05.000Z`,
        `${en['ui.requestId']}: req-9`,
        `${en['ui.request']}: POST /v2/vehicles`,
        `${en['ui.status']}: 500`,
        `${en['ui.code']}: internal`,
      ].join('\n'),
    )
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.copied'])
    await expectNoAxeViolations(container)
  })

  it('says "Copied" for a moment, then offers to copy again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    render(<ErrorAlert error={failed} />)
    await user.click(screen.getByText(en['ui.details']))
    await user.click(screen.getByRole('button', { name: en['ui.copy'] }))
    // The clipboard answers asynchronously: wait for the confirmation.
    expect(await screen.findByRole('button', { name: en['ui.copied'] })).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(COPIED_MS))
    expect(screen.getByRole('button', { name: en['ui.copy'] })).toBeInTheDocument()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('leaves details out when there are none to give', () => {
    const { container } = render(<ErrorAlert error={new TypeError('Failed to fetch')} />)
    expect(container.querySelector('details')).toBeNull()
  })

  it('speaks French through the provider', async () => {
    const { container } = render(
      <ApiErrorsProvider locale="fr" messages={fr}>
        <ErrorAlert error={{ status: 409, headers: { 'x-request-id': 'r' } }} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('heading')).toHaveTextContent(fr['conflict.title'])
    expect(screen.getByText(fr['ui.details'])).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('has a compact variant for cards', () => {
    const { container } = render(<ErrorAlert error={{ status: 404 }} variant="compact" />)
    expect(container.firstChild).toHaveClass('rae-alert', 'rae-alert--compact')
  })

  it('forwards its ref, spreads props, merges className and style, and sets the heading level', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <ErrorAlert ref={ref} error={{ status: 404 }} className="card" style={{ margin: 3 }} id="alert" headingLevel={3}>
        <a href="/home">Home</a>
      </ErrorAlert>,
    )
    expect(ref.current).toHaveAttribute('id', 'alert')
    expect(ref.current).toHaveClass('rae-alert', 'card')
    expect(ref.current).toHaveStyle({ margin: '3px' })
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(en['not_found.title'])
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument()
  })

  it('lets a render override replace the words inside the alert, and only them', () => {
    render(<ErrorAlert error={{ status: 404 }} onRetry={() => {}} render={({ title, error }) => <strong>{`${error.status}: ${title}`}</strong>} />)
    expect(screen.queryByRole('heading')).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent(`404: ${en['not_found.title']}`)
    expect(screen.getByRole('alert')).not.toHaveTextContent(en['not_found.description'])
  })
})

describe('ErrorAlert copy button', () => {
  it('survives a clipboard that refuses, leaving the details on screen', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
    render(<ErrorAlert error={{ status: 500, headers: { 'x-request-id': 'req-9' } }} />)
    await user.click(screen.getByText(en['ui.details']))
    await user.click(screen.getByRole('button', { name: en['ui.copy'] }))
    expect(navigator.clipboard.writeText).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status')).toHaveTextContent('')
    expect(screen.getByText('req-9')).toBeVisible()
  })
})
