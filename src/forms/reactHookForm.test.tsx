import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { toApiError, type ApiError } from '../core/index.js'
import { describeFormError } from '../messages/describeFormError.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { applyFieldErrors, type ApplyFieldErrorsOptions } from './reactHookForm.js'
import { setupTestServer } from '../../test/setupTestServer.js'

interface Vehicle {
  name: string
  vin: string
  battery: { capacityKwh: string }
  items: { name: string }[]
}

const api = 'http://api.test/vehicles'
const server = setupTestServer()

/** The next POST answers with this status and JSON body. */
function respond(status: number, body: JsonBodyType, headers: Record<string, string> = {}) {
  server.use(http.post(api, () => HttpResponse.json(body, { status, headers })))
}

async function save(values: Vehicle): Promise<void> {
  const response = await fetch(api, { method: 'POST', body: JSON.stringify(values) })
  if (!response.ok) throw await toApiError(response)
}

const saved: Vehicle[] = []

function VehicleForm({ options }: { options?: ApplyFieldErrorsOptions }) {
  const form = useForm<Vehicle>({ defaultValues: { name: 'Van', vin: 'X', battery: { capacityKwh: '0' }, items: [{ name: '' }] } })
  const { errors } = form.formState
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await save(values)
      saved.push(values)
    } catch (error: unknown) {
      applyFieldErrors(error, form, options)
    }
  })
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <label>
        Name <input {...form.register('name')} />
      </label>
      <p data-testid="name-error">{errors.name?.message}</p>
      <label>
        VIN <input {...form.register('vin')} />
      </label>
      <p data-testid="vin-error">{errors.vin?.message}</p>
      <p data-testid="vin-types">{JSON.stringify(errors.vin?.types)}</p>
      <label>
        Capacity <input {...form.register('battery.capacityKwh')} />
      </label>
      <p data-testid="capacity-error">{errors.battery?.capacityKwh?.message}</p>
      <label>
        Item name <input {...form.register('items.0.name')} />
      </label>
      <p data-testid="item-error">{errors.items?.[0]?.name?.message}</p>
      <p data-testid="root">{errors.root?.server?.message}</p>
      <p data-testid="root-type">{errors.root?.server?.type}</p>
      <button type="submit">Save</button>
    </form>
  )
}

const problem = (fieldErrors: Record<string, string[]>) => ({
  type: 'https://api.test/problems/validation',
  title: 'Invalid vehicle',
  detail: 'Some fields need attention.',
  field_errors: fieldErrors,
})

async function submit() {
  await userEvent.click(screen.getByRole('button', { name: 'Save' }))
}

describe('applyFieldErrors', () => {
  it('puts every field error on its field in one call, nested and array paths included', async () => {
    respond(422, problem({ vin: ['Must be 17 characters'], 'battery.capacityKwh': ['Must be positive'], 'items.0.name': ['Is required'] }))
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('vin-error')).toHaveTextContent('Must be 17 characters'))
    expect(screen.getByTestId('capacity-error')).toHaveTextContent('Must be positive')
    expect(screen.getByTestId('item-error')).toHaveTextContent('Is required')
    expect(screen.getByTestId('name-error')).toBeEmptyDOMElement()
    expect(screen.getByTestId('root')).toBeEmptyDOMElement()
  })

  it('focuses the first invalid field in document order, not in the server order', async () => {
    respond(422, problem({ 'items.0.name': ['Is required'], vin: ['Must be 17 characters'] }))
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByLabelText('VIN')).toHaveFocus())
  })

  it('leaves focus alone with shouldFocus: false', async () => {
    respond(422, problem({ vin: ['Must be 17 characters'] }))
    render(<VehicleForm options={{ shouldFocus: false }} />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('vin-error')).toHaveTextContent('Must be 17 characters'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(screen.getByLabelText('VIN')).not.toHaveFocus()
  })

  it('joins several messages of one field and lists them in types.server', async () => {
    respond(422, { errors: { vin: ['Too short', 'Must be upper case'] } })
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('vin-error')).toHaveTextContent('Too short; Must be upper case'))
    expect(screen.getByTestId('vin-types')).toHaveTextContent(JSON.stringify({ server: ['Too short', 'Must be upper case'] }))
  })

  it('puts a form-level failure in root with the server message and code', async () => {
    respond(409, { success: false, error: 'vehicle_locked', message: 'Someone else is editing this vehicle' })
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('root')).toHaveTextContent('Someone else is editing this vehicle'))
    expect(screen.getByTestId('root-type')).toHaveTextContent('vehicle_locked')
  })

  it('puts errors for fields the form does not have in root, and later submits still go through', async () => {
    respond(422, problem({ vin: ['Must be 17 characters'], 'owner.vat': ['Unknown VAT number'] }))
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('root')).toHaveTextContent('owner.vat: Unknown VAT number'))
    // With field errors, the form's words say what to do, never the server's summary of them.
    expect(screen.getByTestId('root')).toHaveTextContent(en['fields.description'])
    expect(screen.getByTestId('root')).not.toHaveTextContent('Some fields need attention.')
    expect(screen.getByTestId('vin-error')).toHaveTextContent('Must be 17 characters')

    server.use(http.post(api, () => new HttpResponse(null, { status: 204 })))
    saved.length = 0
    await submit()
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(screen.getByTestId('root')).toBeEmptyDOMElement()
    expect(screen.getByTestId('vin-error')).toBeEmptyDOMElement()
  })

  it('maps server paths to form names with a map or a function', async () => {
    respond(422, problem({ 'battery.capacity_kwh': ['Must be positive'], vin_number: ['Must be 17 characters'], internal_ref: ['Bad'] }))
    const fieldName = (path: string) => (path === 'internal_ref' ? undefined : path.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()).replace('vinNumber', 'vin'))
    render(<VehicleForm options={{ fieldName }} />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('capacity-error')).toHaveTextContent('Must be positive'))
    expect(screen.getByTestId('vin-error')).toHaveTextContent('Must be 17 characters')
    expect(screen.getByTestId('root')).toHaveTextContent('internal_ref: Bad')
  })

  it("says a failure in words fit for people by default, never a 5xx's own text", async () => {
    server.use(http.post(api, () => new HttpResponse('panic: nil pointer dereference', { status: 500, headers: { 'content-type': 'text/plain' } })))
    render(<VehicleForm />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('root')).not.toBeEmptyDOMElement())
    expect(screen.getByTestId('root')).not.toHaveTextContent('panic')
    expect(screen.getByTestId('root').textContent).toBe(describeFormError({ status: 500 }))
  })

  it('says what failed and what to do, in the language it is given', async () => {
    server.use(http.post(api, () => new HttpResponse(null, { status: 503 })))
    render(<VehicleForm options={{ describe: { locale: 'fr', messages: fr } }} />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('root')).not.toBeEmptyDOMElement())
    expect(screen.getByTestId('root').textContent).toBe(describeFormError({ status: 503 }, { locale: 'fr', messages: fr }))
    expect(screen.getByTestId('root')).toHaveTextContent(fr['unavailable.title'].replace(/[.!?]$/, ''))
  })

  it('takes the form-level words from the message option', async () => {
    server.use(http.post(api, () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } })))
    render(<VehicleForm options={{ message: (error) => `Could not save (${error.category}, ${error.status})` }} />)
    await submit()
    await waitFor(() => expect(screen.getByTestId('root')).toHaveTextContent('Could not save (server, 502)'))
  })

  it('returns the classified error', () => {
    const { result } = renderHook(() => useForm<Vehicle>())
    let error: ApiError | undefined
    act(() => {
      error = applyFieldErrors({ status: 503, headers: { 'retry-after': '5' } }, result.current)
    })
    expect(error).toMatchObject({ category: 'unavailable', retryAfterMs: 5000 })
  })
})
