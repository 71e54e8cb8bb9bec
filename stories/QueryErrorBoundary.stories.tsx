import type { Meta, StoryObj } from '@storybook/react-vite'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { expect, userEvent, waitFor } from 'storybook/test'
import { QueryErrorBoundary, type QueryErrorBoundaryProps } from '../src/index.js'
import { failureNames, persium } from './api/index.js'
import { seedFetch, withFailure } from './support/seedFetch.js'
import { withQueryClient } from './support/withQueryClient.js'

interface Station {
  uuid: string
  name: string
  pm25: number
}

/** Persium's stations through `useSuspenseQuery`: a failure throws to the boundary. */
function Stations({ fail }: { fail: string }) {
  const path = withFailure(persium.sample, fail)
  const { data } = useSuspenseQuery({ queryKey: [path], queryFn: () => seedFetch<{ stations: Station[] }>(path) })
  return (
    <ul aria-label="Stations">
      {data.stations.map((station) => (
        <li key={station.uuid}>{station.name}: PM2.5 {station.pm25} µg/m³</li>
      ))}
    </ul>
  )
}

type Args = QueryErrorBoundaryProps & { fail: string }

const meta = {
  title: 'Components/QueryErrorBoundary',
  component: QueryErrorBoundary,
  decorators: [withQueryClient],
  // The boundary's failures are React's boundary report, expected here: kept off the console.
  parameters: { consoleErrors: 'boundary' },
  args: { fail: 'server_twice', headingLevel: 2 },
  argTypes: {
    fail: { control: 'select', options: ['none', ...failureNames(persium)], description: 'The Persium failure the query meets (`?fail=`).', table: { category: 'story' } },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    fallbackRender: { control: false },
    render: { control: false },
  },
  render: ({ fail, ...props }) => (
    <QueryErrorBoundary {...props}>
      <Suspense fallback={<p>Loading stations…</p>}>
        <Stations fail={fail} />
      </Suspense>
    </QueryErrorBoundary>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Two 500s, then the data. The boundary shows the failure with "Try again"
 * (and "Contact support": a 5xx that reached a boundary is persistent); each
 * try resets the query and renders the list again.
 */
export const RecoversOnTryAgain: Story = {
  play: async ({ canvas, step }) => {
    for (const attempt of [1, 2]) {
      await step(`Attempt ${attempt} fails`, async () => {
        await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 4000 }))
      })
    }
    await step('The third attempt shows the stations', async () => {
      await waitFor(() => expect(canvas.getByRole('list', { name: 'Stations' })).toBeVisible(), { timeout: 4000 })
      await expect(canvas.queryByRole('alert')).toBeNull()
    })
  },
}

/** A disabled client (403): no retry is offered, support is. */
export const Forbidden: Story = {
  args: { fail: 'client_disabled' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 4000 })).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull()
  },
}

/** No failure: the boundary is invisible. */
export const Loaded: Story = {
  args: { fail: 'none' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('list', { name: 'Stations' }, { timeout: 4000 })).toBeVisible()
  },
}
