import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError, ERROR_CATEGORIES, isRetryable } from '../core/index.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { ErrorAlert } from './ErrorAlert.js'

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

describe('ErrorAlert', () => {
  it.each(ERROR_CATEGORIES.filter((category) => category !== 'aborted'))('shows the title, description and fitting actions for %s', async (category) => {
    const onRetry = vi.fn()
    const { container } = render(<ErrorAlert error={new ApiError({ category, retryable: isRetryable(category) })} onRetry={onRetry} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en[`${category}.title`])
    expect(screen.getByRole('alert')).toHaveTextContent(en[`${category}.description`])
    expect(screen.queryAllByRole('button', { name: en['action.retry'] })).toHaveLength(isRetryable(category) ? 1 : 0)
    await expectNoAxeViolations(container)
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

  it('offers sign in for a 401, calling the provider\u2019s onUnauthenticated or the prop', async () => {
    const user = userEvent.setup()
    const onUnauthenticated = vi.fn()
    const { container, unmount } = render(
      <ApiErrorsProvider onUnauthenticated={onUnauthenticated}>
        <ErrorAlert error={{ status: 401, body: { success: false, error: 'unauthorized', message: 'Bad key' } }} />
      </ApiErrorsProvider>,
    )
    await user.click(screen.getByRole('button', { name: en['action.signIn'] }))
    expect(onUnauthenticated).toHaveBeenCalledWith(expect.objectContaining({ status: 401, code: 'unauthorized' }))
    await expectNoAxeViolations(container)
    unmount()
    const onSignIn = vi.fn()
    render(<ErrorAlert error={{ status: 401 }} onSignIn={onSignIn} />)
    await user.click(screen.getByRole('button', { name: en['action.signIn'] }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('offers contact support for a 403 and a persistent 5xx, when the app says where', async () => {
    const { rerender, container } = render(
      <ApiErrorsProvider supportUrl="mailto:help@example.com">
        <ErrorAlert error={{ status: 403 }} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('link', { name: en['action.support'] })).toHaveAttribute('href', 'mailto:help@example.com')
    await expectNoAxeViolations(container)
    rerender(
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
    expect(screen.getByRole('link', { name: en['action.support'] })).toBeInTheDocument()
    rerender(<ErrorAlert error={{ status: 403 }} />)
    expect(screen.queryByRole('link', { name: en['action.support'] })).toBeNull()
  })

  it('calls onContactSupport with the error instead of a link', async () => {
    const user = userEvent.setup()
    const onContactSupport = vi.fn()
    render(
      <ApiErrorsProvider onContactSupport={onContactSupport} supportUrl="https://help.example.com">
        <ErrorAlert error={{ status: 501 }} />
      </ApiErrorsProvider>,
    )
    await user.click(screen.getByRole('button', { name: en['action.support'] }))
    expect(onContactSupport).toHaveBeenCalledWith(expect.objectContaining({ status: 501 }))
  })

  it('links "learn more" to an http(s) problem type only', async () => {
    const { container, rerender } = render(<ErrorAlert error={problem} />)
    expect(screen.getByRole('link', { name: en['action.learnMore'] })).toHaveAttribute('href', problem.body.type)
    await expectNoAxeViolations(container)
    rerender(<ErrorAlert error={{ ...problem, body: { ...problem.body, type: 'javascript:alert(1)' } }} />)
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('keeps details for support collapsed, and copies them', async () => {
    const user = userEvent.setup()
    const { container } = render(<ErrorAlert error={problem} />)
    const details = container.querySelector('details')!
    expect(details.open).toBe(false)
    await user.click(screen.getByText(en['ui.details']))
    expect(details.open).toBe(true)
    for (const text of ['400', problem.body.type, 'req-123', problem.body.instance]) expect(within(details).getByText(text)).toBeVisible()
    await user.click(screen.getByRole('button', { name: en['ui.copy'] }))
    const copied = await navigator.clipboard.readText()
    expect(copied).toBe(`Status: 400\nCode: ${problem.body.type}\nRequest ID: req-123\nInstance: ${problem.body.instance}`)
    expect(await screen.findByRole('status')).toHaveTextContent(en['ui.copied'])
    await expectNoAxeViolations(container)
  })

  it('leaves details out when there are none to give', () => {
    const { container } = render(<ErrorAlert error={new TypeError('Failed to fetch')} />)
    expect(container.querySelector('details')).toBeNull()
  })

  it('speaks French through the provider', async () => {
    const { container } = render(
      <ApiErrorsProvider locale="fr" messages={fr}>
        <ErrorAlert error={{ status: 409, body: { success: false, error: 'duplicate_customer', message: 'A customer with this email already exists' } }} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('heading')).toHaveTextContent(fr['duplicate_customer.title'])
    expect(screen.getByText(fr['ui.details'])).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('forwards its ref, spreads props, merges className and style, and takes overrides', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <ErrorAlert ref={ref} error={{ status: 404 }} className="card" style={{ margin: 3 }} id="alert" headingLevel={3} render={({ title }) => <h3>{title}?</h3>}>
        <a href="/home">Home</a>
      </ErrorAlert>,
    )
    expect(ref.current).toHaveAttribute('id', 'alert')
    expect(ref.current).toHaveClass('rae-alert', 'card')
    expect(ref.current).toHaveStyle({ margin: '3px' })
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(`${en['not_found.title']}?`)
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument()
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
