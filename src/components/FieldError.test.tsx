import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { FieldError } from './FieldError.js'
import { fieldErrorId } from './fieldErrorId.js'
import { getFieldErrorProps } from './getFieldErrorProps.js'

// ev.energy's problem details with field errors.
const rejected = {
  status: 400,
  body: {
    title: 'Request failed validation.',
    detail: 'Error on fields: user, trim',
    status: 400,
    type: 'http://testserver/v2/problems/validation-failed-create-vehicle/',
    field_errors: { user: ['This field is required.'], 'address.city': ['Unknown city.', 'Too long.'] },
  },
}

function Form({ error }: { error: unknown }) {
  return (
    <form>
      <label htmlFor="user">User</label>
      <input id="user" name="user" {...getFieldErrorProps(error, 'user')} />
      <FieldError error={error} name="user" />
      <label htmlFor="city">City</label>
      <input id="city" name="address.city" {...getFieldErrorProps(error, 'address.city')} />
      <FieldError error={error} name="address.city" />
      <label htmlFor="trim">Trim</label>
      <input id="trim" name="trim" {...getFieldErrorProps(error, 'trim')} />
      <FieldError error={error} name="trim" />
    </form>
  )
}

describe('FieldError', () => {
  it('describes its field, starting with a visually hidden "Error:"', async () => {
    const { container } = render(<Form error={rejected} />)
    const user = screen.getByRole('textbox', { name: 'User' })
    expect(user).toHaveAttribute('aria-invalid', 'true')
    expect(user).toHaveAccessibleDescription(`${en['ui.error']} This field is required.`)
    const prefix = screen.getAllByText(en['ui.error'])[0]!
    expect(prefix).toHaveStyle({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' })
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAccessibleDescription(`${en['ui.error']} Unknown city. Too long.`)
    await expectNoAxeViolations(container)
  })

  it('renders nothing, and marks nothing invalid, for a field without errors', () => {
    const { container } = render(<Form error={rejected} />)
    const trim = screen.getByRole('textbox', { name: 'Trim' })
    expect(trim).not.toHaveAttribute('aria-invalid')
    expect(trim).not.toHaveAttribute('aria-describedby')
    // Exactly the two fields with errors have a message, each right after its control.
    const shown = [...container.querySelectorAll('.rae-field-error')]
    expect(shown.map((node) => [node.id, node.previousElementSibling?.getAttribute('name')])).toEqual([
      [fieldErrorId('user'), 'user'],
      [fieldErrorId('address.city'), 'address.city'],
    ])
    expect(trim.nextElementSibling?.tagName).not.toBe('P')
    expect(getFieldErrorProps(null, 'user')).toEqual({})
    expect(getFieldErrorProps(rejected, 'trim')).toEqual({})
  })

  it('keeps the id the field points at, whatever id a caller passes', () => {
    // An untyped caller (JavaScript, a spread of unknown props) may still pass one.
    const props = { id: 'city-hint' } as object
    render(
      <>
        <label htmlFor="city">City</label>
        <input id="city" name="address.city" {...getFieldErrorProps(rejected, 'address.city')} />
        <FieldError error={rejected} name="address.city" {...props} />
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAccessibleDescription(`${en['ui.error']} Unknown city. Too long.`)
  })

  it('is not a live region: the summary announces, the field reads it', () => {
    render(<Form error={rejected} />)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('gives ids safe for selectors', () => {
    expect(fieldErrorId('address.city')).toBe('address-city-error')
    expect(fieldErrorId('items[0].name')).toBe('items-0--name-error')
    expect(document.querySelector(`#${fieldErrorId('a.b c')}`)).toBeNull()
  })

  it('translates the prefix, forwards its ref, spreads props and takes a render override', async () => {
    const ref = createRef<HTMLParagraphElement>()
    const { container } = render(
      <ApiErrorsProvider messages={fr}>
        <FieldError ref={ref} error={rejected} name="user" className="hint" style={{ color: 'rgb(9, 9, 9)' }} data-x="1" render={(messages) => <b>{messages.length}</b>} />
      </ApiErrorsProvider>,
    )
    expect(ref.current).toHaveTextContent(`${fr['ui.error']} 1`)
    expect(ref.current).toHaveClass('rae-field-error', 'hint')
    expect(ref.current).toHaveStyle({ color: 'rgb(9, 9, 9)' })
    expect(ref.current).toHaveAttribute('data-x', '1')
    await expectNoAxeViolations(container)
  })
})
