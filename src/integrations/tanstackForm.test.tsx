// Real TanStack Form and TanStack Query in React, against a server on
// 127.0.0.1: a mutation's field errors land on the form's fields, the rest on
// the form, and the next submit clears them.
import { useForm } from '@tanstack/react-form'
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBody, send, startLoopback, type Loopback } from '../../test/integrations/loopback.js'
import { toApiError } from '../core/index.js'
import { applyFormErrors, formErrorsFor, type ApplyFormErrorsOptions } from './tanstackForm.js'

interface Vehicle {
  plate: string
  year: string
}

let server: Loopback
const saved: Vehicle[] = []

beforeAll(async () => {
  server = await startLoopback((req, res) => void answer(req, res))
})

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const vehicle = JSON.parse(await readBody(req)) as Vehicle
  if (vehicle.plate === 'AB-123') {
    return send(res, 422, { errors: [{ pointer: '#/plate', detail: 'Plate is already registered' }, { pointer: '#/owner', detail: 'Owner is unknown' }] }, { 'content-type': 'application/problem+json' })
  }
  if (vehicle.year === '1800') return send(res, 422, { errors: [{ pointer: '#/year', detail: 'Year is too early' }] }, { 'content-type': 'application/problem+json' })
  if (vehicle.plate === 'busy') return send(res, 503, 'Down for maintenance')
  saved.push(vehicle)
  send(res, 201, vehicle)
}

afterAll(() => server.close())

async function saveVehicle(vehicle: Vehicle): Promise<Vehicle> {
  const response = await fetch(`${server.url}/vehicles`, { method: 'POST', body: JSON.stringify(vehicle) })
  if (!response.ok) throw await toApiError(response)
  return (await response.json()) as Vehicle
}

function VehicleForm({ options }: { options?: ApplyFormErrorsOptions }) {
  const save = useMutation({ mutationFn: saveVehicle })
  const form = useForm({
    defaultValues: { plate: '', year: '2020' },
    onSubmit: async ({ value }) => {
      await save.mutateAsync(value).catch((error: unknown) => applyFormErrors(error, form, options))
    },
  })
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void form.handleSubmit()
      }}
    >
      {(['plate', 'year'] as const).map((name) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <div>
              <label htmlFor={name}>{name}</label>
              <input id={name} name={field.name} value={field.state.value} onChange={(event) => field.handleChange(event.target.value)} />
              <p data-testid={`${name}-error`}>{field.state.meta.errors.join(', ')}</p>
            </div>
          )}
        </form.Field>
      ))}
      <form.Subscribe selector={(state) => state.errors}>{(errors) => <p data-testid="form-error">{errors.join(', ')}</p>}</form.Subscribe>
      <button type="submit">Save</button>
    </form>
  )
}

function renderForm(options?: ApplyFormErrorsOptions) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <VehicleForm options={options} />
    </QueryClientProvider>,
  )
}

describe('applyFormErrors', () => {
  it('puts field errors on their fields, the rest on the form, and focuses the first field', async () => {
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('plate'), 'AB-123')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getByTestId('plate-error')).toHaveTextContent('Plate is already registered'))
    expect(screen.getByTestId('year-error')).toHaveTextContent(/^$/)
    // `owner` is no field of this form: it goes to the form, after the words for the failure.
    expect(screen.getByTestId('form-error').textContent).toMatch(/owner: Owner is unknown$/)
    expect(screen.getByLabelText('plate')).toHaveFocus()
  })

  it('lets the next submit through and clears the server errors', async () => {
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('plate'), 'AB-123')
    await user.clear(screen.getByLabelText('year'))
    await user.type(screen.getByLabelText('year'), '1800')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getByTestId('plate-error')).toHaveTextContent('Plate is already registered'))
    expect(screen.getByTestId('year-error')).toHaveTextContent(/^$/)

    await user.clear(screen.getByLabelText('plate'))
    await user.type(screen.getByLabelText('plate'), 'CD-456')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getByTestId('year-error')).toHaveTextContent('Year is too early'))
    expect(screen.getByTestId('plate-error')).toHaveTextContent(/^$/)
    expect(screen.getByTestId('form-error')).toHaveTextContent(/^$/)

    await user.clear(screen.getByLabelText('year'))
    await user.type(screen.getByLabelText('year'), '2001')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(saved).toContainEqual({ plate: 'CD-456', year: '2001' }))
    expect(screen.getByTestId('year-error')).toHaveTextContent(/^$/)
  })

  it('shows a failure no field can show on the form, in words for people', async () => {
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByLabelText('plate'), 'busy')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.getByTestId('form-error').textContent).not.toBe(''))
    expect(screen.getByTestId('form-error').textContent).not.toContain('maintenance')
  })
})

describe('formErrorsFor', () => {
  it('gives the validator shape, with a mapped name and the unplaced on the form', async () => {
    const error = await toApiError(
      new Response(JSON.stringify({ errors: [{ pointer: '#/vin_number', detail: 'Unknown VIN' }, { pointer: '#/colour', detail: 'No such colour' }] }), {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
      }),
    )
    const result = formErrorsFor(error, { fieldInfo: { vin: {} } }, { fieldName: { vin_number: 'vin' }, message: () => 'Check the form.' })
    expect(result).toEqual({ form: 'Check the form.\ncolour: No such colour', fields: { vin: 'Unknown VIN' } })
    expect(formErrorsFor(error, { fieldInfo: { vin: {}, colour: {} } }, { fieldName: { vin_number: 'vin' } })).toEqual({ fields: { vin: 'Unknown VIN', colour: 'No such colour' } })
  })
})
