// The README's plain-form example (no form library): a mutation, an
// ErrorSummary at the top, and each control wired to its FieldError.
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { FormEvent } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorSummary, FieldError, getFieldErrorProps, toApiError } from '../src/index.js'
import { cases, startCaseServer, type CaseServer } from './clientCases.js'

let server: CaseServer
beforeAll(async () => {
  server = await startCaseServer()
})
afterAll(() => server.close())

const invalidVehicle = cases.findIndex((c) => c.name === 'problem details with field_errors')

function VehicleForm({ url }: { url: string }) {
  const save = useMutation({
    mutationFn: async (body: FormData) => {
      const response = await fetch(url, { method: 'POST', body })
      if (!response.ok) throw await toApiError(response)
    },
  })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    save.mutate(new FormData(event.currentTarget))
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary error={save.error} fields={{ vin: 'VIN', 'battery.capacity_kwh': 'Battery capacity' }} />
      <label htmlFor="vin">VIN</label>
      <input id="vin" name="vin" {...getFieldErrorProps(save.error, 'vin')} />
      <FieldError error={save.error} name="vin" />
      <label htmlFor="battery.capacity_kwh">Battery capacity</label>
      <input id="battery.capacity_kwh" name="battery.capacity_kwh" {...getFieldErrorProps(save.error, 'battery.capacity_kwh')} />
      <FieldError error={save.error} name="battery.capacity_kwh" />
      <button type="submit">Save</button>
    </form>
  )
}

describe('a plain form with FieldError and ErrorSummary', () => {
  it('lists the problems in a focused summary, marks each control and links to it', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <VehicleForm url={`${server.base}/case/${invalidVehicle}`} />
      </QueryClientProvider>,
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const link = await screen.findByRole('link', { name: /VIN: Must be 17 characters/ })
    await waitFor(() => expect(link.closest('.rae-summary')).toHaveFocus())
    const vin = screen.getByRole('textbox', { name: 'VIN' })
    expect(vin).toHaveAttribute('aria-invalid', 'true')
    expect(vin).toHaveAccessibleDescription(/Must be 17 characters/)
    expect(screen.getByRole('textbox', { name: 'Battery capacity' })).toHaveAccessibleDescription(/Must be positive/)

    await user.click(link)
    expect(vin).toHaveFocus()
  })
})
