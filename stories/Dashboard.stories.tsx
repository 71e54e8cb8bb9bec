import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ErrorAlert, ErrorSummary, useApiError, withApiErrorDefaults } from '../src/index.js'
import { registeredVin, type NewVehicle } from './api/index.js'
import { Panel } from './support/Panel.js'
import { jsonBody, seedFetch } from './support/seedFetch.js'
import { VehicleFields, vehicleFields } from './support/VehicleFields.js'

interface Job { id: string; title: string; status: string }
interface Point { t: string; v: number }
interface Station { uuid: string; name: string; pm25: number }

/** Adds a vehicle to ev.energy: field errors go to the summary and the fields, anything else to an alert. */
function AddVehicle() {
  const mutation = useMutation({
    mutationFn: (vehicle: NewVehicle) => seedFetch('/api/ev-energy/v2/vehicles', jsonBody('POST', vehicle)),
  })
  const error = useApiError(mutation.error)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    mutation.mutate({ user: form.user, trim: form.trim, vin: form.vin, nickname: form.nickname })
  }
  return (
    <section aria-labelledby="add-vehicle" className="story-panel story-panel--wide">
      <h2 id="add-vehicle">Add a vehicle (ev.energy)</h2>
      <form aria-labelledby="add-vehicle" noValidate onSubmit={submit}>
        {error?.category === 'validation' && <ErrorSummary error={error} fields={vehicleFields} headingLevel={3} />}
        {error && error.category !== 'validation' && <ErrorAlert error={error} headingLevel={3} />}
        {mutation.isSuccess && <p role="status">Vehicle added.</p>}
        <VehicleFields error={error} defaults={{ trim: '/v2/trims/999/', vin: registeredVin, nickname: 'Second Leaf' }} />
        <button type="submit" className="rae-button" disabled={mutation.isPending}>Add vehicle</button>
      </form>
    </section>
  )
}

/**
 * A fleet-operations page on the five emulated APIs at once, with a real
 * QueryClient configured by `withApiErrorDefaults`: jobs are rate limited
 * (the countdown runs to the automatic retry), the time series recovers
 * from two 503s, the fleet is forbidden, an asset is not found, and the
 * vehicle form meets `field_errors` and then a 409.
 */
function Dashboard() {
  const [client] = useState(() => new QueryClient(withApiErrorDefaults()))
  return (
    <QueryClientProvider client={client}>
      <main className="story-dashboard" aria-label="Fleet operations">
        <Panel<{ data: Job[] }> title="Open jobs" path="/api/jobs/v1/jobs?fail=rate_limited_once&retry_after=4">
          {({ data }) => <ul aria-label="Jobs">{data.map((job) => <li key={job.id}>{job.id} · {job.title} · {job.status}</li>)}</ul>}
        </Panel>
        <Panel<{ points: Point[] }> title="Plant A temperature" path="/api/timeseries/v1/plant-a/temperature?from=2026-05-01&to=2026-05-02&fail=unavailable_twice">
          {({ points }) => <ul aria-label="Readings">{points.slice(0, 4).map((p) => <li key={p.t}>{p.t.slice(11, 16)} · {p.v} °C</li>)}</ul>}
        </Panel>
        <Panel<{ results: unknown[] }> title="Fleet" path="/api/ev-energy/v2/vehicles?fail=forbidden">
          {({ results }) => <p>{results.length} vehicles</p>}
        </Panel>
        <Panel<{ name: string }> title="Asset ast-9999" path="/api/perspio/v1/assets/ast-9999">
          {(asset) => <p>{asset.name}</p>}
        </Panel>
        <Panel<{ stations: Station[] }> title="Air quality" path="/api/persium/v1/stations">
          {({ stations }) => <ul aria-label="Stations">{stations.map((s) => <li key={s.uuid}>{s.name} · PM2.5 {s.pm25}</li>)}</ul>}
        </Panel>
        <AddVehicle />
      </main>
    </QueryClientProvider>
  )
}

const meta = {
  title: 'Dashboard',
  component: Dashboard,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Dashboard>

export default meta
type Story = StoryObj<typeof meta>

const panel = (canvasElement: HTMLElement, name: string) => within(canvasElement.querySelector(`section[aria-labelledby="${[...canvasElement.querySelectorAll('h2')].find((h) => h.textContent === name)!.id}"]`)!)

export const FleetOperations: Story = {
  play: async ({ canvasElement, step }) => {
    await step('Forbidden and not found panels say so, without a retry', async () => {
      const fleet = panel(canvasElement, 'Fleet')
      await expect(await fleet.findByRole('alert', {}, { timeout: 5000 })).toBeVisible()
      await expect(fleet.queryByRole('button', { name: 'Try again' })).toBeNull()
      const asset = panel(canvasElement, 'Asset ast-9999')
      await expect(await asset.findByRole('alert', {}, { timeout: 5000 })).toBeVisible()
    })
    await step('The rate-limited panel counts down, then loads', async () => {
      const jobs = panel(canvasElement, 'Open jobs')
      await expect(await jobs.findByText(/try again in/i, {}, { timeout: 5000 })).toBeVisible()
      await expect(await jobs.findByRole('list', { name: 'Jobs' }, { timeout: 8000 })).toBeVisible()
    })
    await step('The time series recovers from its 503s', async () => {
      const series = panel(canvasElement, 'Plant A temperature')
      await expect(await series.findByRole('list', { name: 'Readings' }, { timeout: 8000 })).toBeVisible()
    })
    await step('The form gets field_errors: a summary, inline errors, links to the fields', async () => {
      const form = panel(canvasElement, 'Add a vehicle (ev.energy)')
      await userEvent.click(form.getByRole('button', { name: 'Add vehicle' }))
      const summaryTitle = await form.findByRole('heading', { name: 'Check 2 fields' }, { timeout: 4000 })
      await waitFor(() => expect(summaryTitle.closest('.rae-summary')).toHaveFocus())
      await expect(form.getByRole('combobox', { name: 'Trim' })).toHaveAccessibleDescription('Error: Invalid hyperlink - Object does not exist.')
      await userEvent.click(form.getByRole('link', { name: /Owner \(user ID\)/ }))
      await expect(form.getByRole('textbox', { name: 'Owner (user ID)' })).toHaveFocus()
    })
    await step('Fixed, the same VIN meets a 409 conflict', async () => {
      const form = panel(canvasElement, 'Add a vehicle (ev.energy)')
      await userEvent.type(form.getByRole('textbox', { name: 'Owner (user ID)' }), 'u-42')
      await userEvent.selectOptions(form.getByRole('combobox', { name: 'Trim' }), '/v2/trims/101/')
      await userEvent.click(form.getByRole('button', { name: 'Add vehicle' }))
      const alert = await form.findByRole('alert', {}, { timeout: 4000 })
      await waitFor(() => expect(alert.closest('.rae-alert')).toHaveAttribute('data-category', 'conflict'))
      await expect(form.getByRole('textbox', { name: 'Owner (user ID)' })).not.toHaveAttribute('aria-invalid')
    })
  },
}
