import type { Meta, StoryObj } from '@storybook/react-vite'
import { useForm } from '@tanstack/react-form'
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { expect, userEvent, waitFor } from 'storybook/test'
import { classifyError } from '../../src/index.js'
import { applyFormErrors } from '../../src/integrations/tanstackForm.js'

interface Vehicle {
  plate: string
  year: string
}

/** The server's answer: a problem document with pointers, as a 422 would carry. */
async function saveVehicle(vehicle: Vehicle): Promise<Vehicle> {
  await new Promise((resolve) => setTimeout(resolve, 50))
  const errors = [
    ...(vehicle.plate === 'AB-123' ? [{ pointer: '#/plate', detail: 'This plate is already registered' }] : []),
    ...(Number(vehicle.year) < 1900 ? [{ pointer: '#/year', detail: 'Year must be 1900 or later' }] : []),
    ...(vehicle.plate === 'AB-123' ? [{ pointer: '#/owner', detail: 'Owner is unknown' }] : []),
  ]
  if (errors.length > 0) throw classifyError({ status: 422, body: { title: 'Your request is not valid', errors } })
  return vehicle
}

function VehicleForm() {
  const save = useMutation({ mutationFn: saveVehicle })
  const form = useForm({
    defaultValues: { plate: 'AB-123', year: '1850' },
    onSubmit: ({ value }) => save.mutateAsync(value).then(() => undefined, (error: unknown) => void applyFormErrors(error, form)),
  })
  return (
    <form
      aria-label="Add a vehicle"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void form.handleSubmit()
      }}
    >
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) => (errors.length > 0 ? <p role="alert">{errors.join(' ')}</p> : null)}
      </form.Subscribe>
      {(['plate', 'year'] as const).map((name) => (
        <form.Field key={name} name={name}>
          {(field) => {
            const message = field.state.meta.errors.join(', ')
            return (
              <p>
                <label htmlFor={name}>{name === 'plate' ? 'Plate' : 'Year'}</label>{' '}
                <input id={name} name={field.name} value={field.state.value} aria-invalid={message ? true : undefined} aria-describedby={message ? `${name}-error` : undefined} onChange={(event) => field.handleChange(event.target.value)} />{' '}
                {message && <span id={`${name}-error`}>{message}</span>}
              </p>
            )
          }}
        </form.Field>
      ))}
      <button type="submit">Save</button>
      {save.isSuccess && <p role="status">Saved</p>}
    </form>
  )
}

function Page() {
  const [client] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }))
  return (
    <QueryClientProvider client={client}>
      <VehicleForm />
    </QueryClientProvider>
  )
}

/**
 * `react-api-errors/tanstack-form`: `applyFormErrors` puts a mutation's field
 * errors on TanStack Form's fields and the rest (here `owner`, which the form
 * has no field for) on the form; the next submit clears them.
 */
const meta = { title: 'Integrations/TanStack Form', component: Page } satisfies Meta<typeof Page>

export default meta
type Story = StoryObj<typeof meta>

export const FieldErrors: Story = {
  play: async ({ canvas, step }) => {
    await step('The server’s messages land on their fields and on the form', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
      await canvas.findByText('This plate is already registered')
      await expect(canvas.getByText('Year must be 1900 or later')).toBeVisible()
      await expect(canvas.getByRole('alert')).toHaveTextContent('owner: Owner is unknown')
      await expect(canvas.getByLabelText('Plate')).toHaveFocus()
    })
    await step('Corrected, the next submit clears them and saves', async () => {
      await userEvent.clear(canvas.getByLabelText('Plate'))
      await userEvent.type(canvas.getByLabelText('Plate'), 'CD-456')
      await userEvent.clear(canvas.getByLabelText('Year'))
      await userEvent.type(canvas.getByLabelText('Year'), '2001')
      await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
      await canvas.findByRole('status')
      await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull())
    })
  },
}
