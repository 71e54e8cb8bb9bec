import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ERROR_CATEGORIES, ApiError } from '../core/index.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { ErrorMessage } from './ErrorMessage.js'

describe('ErrorMessage', () => {
  it.each(ERROR_CATEGORIES.filter((category) => category !== 'aborted'))('says what went wrong for %s, announced by an inner alert', async (category) => {
    const { container } = render(<ErrorMessage error={new ApiError({ category })} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(en[`${category}.title`])
    expect(alert).toHaveTextContent(en[`${category}.description`])
    expect(alert.parentElement).toBe(container.firstChild)
    expect(container.firstChild).not.toHaveAttribute('role')
    await expectNoAxeViolations(container)
  })

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorMessage error={null} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('classifies the raw thrown value', async () => {
    const { container } = render(<ErrorMessage error={{ status: 409, body: { success: false, error: 'duplicate_customer', message: 'x' } }} />)
    expect(screen.getByRole('alert')).toHaveTextContent(en['conflict.title'])
    await expectNoAxeViolations(container)
  })

  it('forwards its ref, spreads native props and merges className and style', () => {
    const ref = createRef<HTMLParagraphElement>()
    render(<ErrorMessage ref={ref} error={{ status: 500 }} className="mine" style={{ color: 'rgb(1, 2, 3)' }} data-testid="msg" aria-live="off" />)
    const root = screen.getByTestId('msg')
    expect(ref.current).toBe(root)
    expect(root).toHaveClass('rae-message', 'mine')
    expect(root).toHaveStyle({ color: 'rgb(1, 2, 3)' })
    expect(root).toHaveAttribute('data-category', 'server')
  })

  it('takes a render override and the provider\u2019s words', async () => {
    const { container } = render(
      <ApiErrorsProvider messages={{ ...fr, 'timeout.title': 'Trop long' }}>
        <ErrorMessage error={{ status: 504 }} />
        <ErrorMessage error={{ status: 404 }} render={({ title }) => <em>{title}!</em>} />
      </ApiErrorsProvider>,
    )
    const [first, second] = screen.getAllByRole('alert')
    expect(first).toHaveTextContent(`Trop long. ${fr['timeout.description']}`)
    expect(second).toHaveTextContent(`${fr['not_found.title']}!`)
    await expectNoAxeViolations(container)
  })
})
