// Issue 12: one `fieldNames` option, read alike by ErrorSummary, FieldError,
// getFieldErrorProps, useFieldErrors and applyFieldErrors; a message for a
// field the form does not have, or for no field, is never lost.
import { render, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from '../components/ErrorSummary.js'
import { FieldError } from '../components/FieldError.js'
import { getFieldErrorProps } from '../components/getFieldErrorProps.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { classifyError } from '../core/index.js'
import { useFieldErrors } from '../hooks/useFieldErrors.js'
import { camelCaseFieldNames, type FieldNames } from '../messages/fieldNames.js'
import { applyFieldErrors } from './reactHookForm.js'

// Django REST framework's default 400 for a serializer with a nested one (api-guide/serializers).
const rejected = {
  status: 400,
  body: {
    first_name: ['This field is required.'],
    billing_address: { postal_code: ['Enter a valid postal code.'] },
    internal_ref: ['Unknown reference.'],
    non_field_errors: ['These details match no account.'],
  },
}
const labels = { firstName: 'First name', 'billingAddress.postalCode': 'Postal code' }

function Form({ error, fieldNames }: { error: unknown; fieldNames: FieldNames }) {
  return (
    <form>
      <ErrorSummary error={error} fields={labels} />
      {Object.entries(labels).map(([name, label]) => (
        <div key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} name={name} {...getFieldErrorProps(error, name, fieldNames)} />
          <FieldError error={error} name={name} />
        </div>
      ))}
    </form>
  )
}

describe('fieldNames', () => {
  it('renames server paths for the summary, each field and its ARIA props; keeps unknown fields and form errors in the summary', async () => {
    const user = userEvent.setup()
    render(
      <ApiErrorsProvider fieldNames={camelCaseFieldNames}>
        <Form error={rejected} fieldNames={camelCaseFieldNames} />
      </ApiErrorsProvider>,
    )
    const summary = screen.getByRole('alert')
    const items = within(summary).getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      'These details match no account.',
      'First name: This field is required.',
      'Postal code: Enter a valid postal code.',
      'internalRef: Unknown reference.',
    ])
    // The field the form does not have is text, not a link to nowhere.
    expect(within(summary).getAllByRole('link')).toHaveLength(2)
    for (const [name, label] of Object.entries(labels)) {
      const control = screen.getByLabelText(label)
      expect(control).toHaveAttribute('aria-invalid', 'true')
      expect(control).toHaveAccessibleDescription(/^Error: /)
      await user.click(within(summary).getByRole('link', { name: new RegExp(`^${label}:`) }))
      expect(document.activeElement).toBe(document.getElementById(name))
    }
  })

  it('a prop overrides the provider, and a function may say the form has no such field', () => {
    const only = (path: string) => ({ first_name: 'firstName' })[path]
    render(
      <ApiErrorsProvider fieldNames={{ first_name: 'unused' }}>
        <ErrorSummary error={rejected} fieldNames={only} />
      </ApiErrorsProvider>,
    )
    const links = within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)
    expect(links).toEqual(['firstName: This field is required.'])
    expect(screen.getByText('billing_address.postal_code: Enter a valid postal code.').tagName).toBe('LI')
  })

  it('useFieldErrors reads the provider: messages by form name, the rest unplaced', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiErrorsProvider fieldNames={(path) => (path === 'internal_ref' ? undefined : camelCaseFieldNames(path))}>{children}</ApiErrorsProvider>
    )
    const { result } = renderHook(() => useFieldErrors(rejected), { wrapper })
    expect({ ...result.current.fieldErrors }).toEqual({ firstName: ['This field is required.'], 'billingAddress.postalCode': ['Enter a valid postal code.'] })
    expect({ ...result.current.unplaced }).toEqual({ internal_ref: ['Unknown reference.'] })
    expect(result.current.messagesFor('firstName')).toEqual(['This field is required.'])
  })

  it('applyFieldErrors takes the same option; unknown fields and form errors go to errors.root.server', async () => {
    function RhfForm() {
      const form = useForm<{ firstName: string; billingAddress: { postalCode: string } }>()
      const { errors } = form.formState
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            applyFieldErrors(classifyError(rejected), form, { fieldNames: camelCaseFieldNames })
          }}
        >
          <input aria-label="First name" {...form.register('firstName')} />
          <p data-testid="first">{errors.firstName?.message}</p>
          <input aria-label="Postal code" {...form.register('billingAddress.postalCode')} />
          <p data-testid="postal">{errors.billingAddress?.postalCode?.message}</p>
          <p data-testid="root">{errors.root?.server?.message}</p>
          <button type="submit">Save</button>
        </form>
      )
    }
    render(<RhfForm />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getByTestId('first')).toHaveTextContent('This field is required.'))
    expect(screen.getByTestId('postal')).toHaveTextContent('Enter a valid postal code.')
    expect(screen.getByTestId('root')).toHaveTextContent('These details match no account.')
    expect(screen.getByTestId('root')).toHaveTextContent('internal_ref: Unknown reference.')
  })
})
