import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import { evEnergy, failureNames, jobsApi, persium, perspio, timeSeries } from './api/index.js'
import { SeedGallery, SeedScenario, scenarioOptions } from './support/SeedGallery.js'
import { withQueryClient } from './support/withQueryClient.js'

const meta = {
  title: 'Seed APIs',
  component: SeedGallery,
  decorators: [withQueryClient],
  parameters: { layout: 'padded' },
  argTypes: { api: { control: false } },
  // Each gallery settles (every scenario fetched) before its a11y check runs.
  // Every scenario fails on its first request, so every card ends in an alert.
  play: async ({ canvas, args }) => {
    await waitFor(() => expect(canvas.queryAllByText('Loading…')).toHaveLength(0), { timeout: 5000 })
    await expect(canvas.getAllByRole('alert')).toHaveLength(failureNames(args.api).length)
  },
} satisfies Meta<typeof SeedGallery>

export default meta
type Story = StoryObj<typeof meta>

export const Persium: Story = { args: { api: persium } }
export const Perspio: Story = { args: { api: perspio } }
export const EvEnergy: Story = { name: 'ev.energy', args: { api: evEnergy } }
export const JobsApi: Story = { name: 'Jobs, assets and customers', args: { api: jobsApi } }
export const TimeSeries: Story = { name: 'Time series', args: { api: timeSeries } }

/**
 * Any documented failure of any seed API, from the `scenario` control.
 * "Try again" asks the emulated server again: `jobsApi/rate_limited_once`
 * clears after its Retry-After, `timeSeries/unavailable_twice` on the third try.
 */
export const Scenario: StoryObj<typeof SeedScenario> = {
  render: (args) => <SeedScenario {...args} />,
  args: { scenario: 'timeSeries/unavailable_twice' },
  argTypes: { scenario: { control: 'select', options: scenarioOptions } },
  play: async ({ canvas }) => {
    for (const failures of [1, 2]) {
      await canvas.findByText(`Failed responses: ${failures}`, {}, { timeout: 4000 })
      await expect(canvas.getByRole('alert')).toBeVisible()
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    }
    await expect(await canvas.findByText('Loaded.', {}, { timeout: 4000 })).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}
