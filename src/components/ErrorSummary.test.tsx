import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, useState } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FieldError } from './FieldError.js'
import { getFieldErrorProps } from './getFieldErrorProps.js'

const rejected = {
  status: 422,
  body: {
    title: 'Invalid',
    detail: 'Check the fields.',
    field_errors: { email: ['Already taken.'], 'address.city': ['Unknown city.'], plan: ['Not available in your region.'] },
  },
}

function Form({ error: initial = null as unknown }) {
  const [error, setError] = useState<unknown>(initial)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        setError(rejected)
      }}
    >
      <ErrorSummary error={error} fields={{ email: 'Email address', 'address.city': 'City' }} />
      <label htmlFor="email">Email address</label>
      <input id="email" name="email" {...getFieldErrorProps(error, 'email')} />
      <FieldError error={error} name="email" />
      <label htmlFor="city">City</label>
      <input id="city" name="address.city" {...getFieldErrorProps(error, 'address.city')} />
      <FieldError error={error} name="address.city" />
      <button type="submit">Save</button>
    </form>
  )
}

describe('ErrorSummary', () => {
  it('takes focus when it appears, and gives up its tabindex on blur', async () => {
    const user = userEvent.setup()
    const { container } = render(<Form />)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const summary = container.querySelector('.rae-summary')!
    expect(summary).toHaveFocus()
    expect(summary).toHaveAttribute('tabindex', '-1')
    expect(within(summary as HTMLElement).getByRole('alert')).toBeInTheDocument()
    expect(summary).not.toHaveAttribute('role')
    await user.tab()
    expect(summary).not.toHaveAttribute('tabindex')
    await expectNoAxeViolations(container)
  })

  it('counts the problems, links the fields on the form and lists the others as text', () => {
    render(<Form error={rejected} />)
    expect(screen.getByRole('heading')).toHaveTextContent('Check 3 fields')
    expect(screen.getByRole('link', { name: 'Email address: Already taken.' })).toHaveAttribute('href', '#email')
    expect(screen.getByRole('link', { name: 'City: Unknown city.' })).toBeInTheDocument()
    expect(screen.getByText('plan: Not available in your region.').tagName).toBe('LI')
    expect(screen.getAllByRole('link')).toHaveLength(2)
  })

  it('moves focus to the field when a link is followed from the keyboard', async () => {
    const user = userEvent.setup()
    render(<Form error={rejected} />)
    screen.getByRole('link', { name: /City/ }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveFocus()
    await user.click(screen.getByRole('link', { name: /Email address/ }))
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus()
  })

  it('finds a control by its name when no id matches, and links every field without a field list', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <form>
        <ErrorSummary error={rejected} focusOnShow={false} />
        <label>
          Plan <input name="plan" />
        </label>
      </form>,
    )
    expect(screen.getAllByRole('link')).toHaveLength(3)
    await user.click(screen.getByRole('link', { name: /plan/ }))
    expect(screen.getByRole('textbox', { name: 'Plan' })).toHaveFocus()
    await expectNoAxeViolations(container)
  })

  it('shows a form-level error without field errors, with its own words', async () => {
    const { container } = render(<ErrorSummary error={{ status: 409, body: { success: false, error: 'duplicate_customer' } }} />)
    expect(screen.getByRole('heading')).toHaveTextContent(en['conflict.title'])
    expect(screen.getByRole('alert')).toHaveTextContent(en['conflict.description'])
    expect(screen.queryByRole('list')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it('speaks French with locale plurals, forwards its ref and takes an item override', async () => {
    const ref = createRef<HTMLDivElement>()
    const { container } = render(
      <ApiErrorsProvider messages={fr}>
        <ErrorSummary ref={ref} error={rejected} className="box" style={{ padding: 2 }} headingLevel={3} renderItem={({ label }) => `→ ${label}`} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Vérifiez 3 champs')
    expect(screen.getByRole('link', { name: '→ email' })).toBeInTheDocument()
    expect(ref.current).toHaveClass('rae-summary', 'box')
    expect(ref.current).toHaveStyle({ padding: '2px' })
    expect(ref.current).toHaveFocus()
    await expectNoAxeViolations(container)
  })
})
