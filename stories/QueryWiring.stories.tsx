import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import { ErrorAlert, RetryPrompt, withApiErrorDefaults } from '../src/index.js'
import { seedFetch } from './support/seedFetch.js'

interface Job {
  id: string
  title: string
}

/**
 * The wiring the README shows: hand the components the query itself. While
 * the library's policy waits out a 429's `Retry-After: 3`, `query.error` is
 * still `null` (TanStack Query keeps the failure in `failureReason`); the
 * alert shows it with "Try again 0:03" counting down, then the retry loads.
 */
function Jobs({ as }: { as: 'alert' | 'prompt' }) {
  const jobs = useQuery({ queryKey: ['wiring', as], queryFn: () => seedFetch<{ data: Job[] }>(`/api/jobs/v1/jobs?fail=rate_limited_once&retry_after=3&as=${as}`) })
  if (jobs.isSuccess) return <ul aria-label="Jobs">{jobs.data.data.map((job) => <li key={job.id}>{job.title}</li>)}</ul>
  return as === 'alert' ? <ErrorAlert query={jobs} pending={<p>Loading jobs…</p>} /> : <RetryPrompt query={jobs} />
}

function App({ as }: { as: 'alert' | 'prompt' }) {
  const [client] = useState(() => new QueryClient(withApiErrorDefaults()))
  return (
    <QueryClientProvider client={client}>
      <Jobs as={as} />
    </QueryClientProvider>
  )
}

const meta = {
  title: 'Components/With TanStack Query',
  component: App,
  args: { as: 'alert' },
  argTypes: { as: { control: 'inline-radio', options: ['alert', 'prompt'] } },
} satisfies Meta<typeof App>

export default meta
type Story = StoryObj<typeof meta>

/** `<ErrorAlert query={query} />`: the 429 being retried, its countdown, then the jobs. */
export const AlertWhileRetrying: Story = {
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Try again' }, { timeout: 4000 })
    await expect(button).toHaveTextContent(/0:0[1-3]/)
    await expect(canvas.getByRole('heading')).toBeVisible()
    await expect(await canvas.findByRole('list', { name: 'Jobs' }, { timeout: 8000 })).toBeVisible()
  },
}

/** `<RetryPrompt query={query} />`: the same wait, as a button alone. */
export const PromptWhileRetrying: Story = {
  args: { as: 'prompt' },
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Try again' }, { timeout: 4000 })
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'))
    await expect(await canvas.findByRole('list', { name: 'Jobs' }, { timeout: 8000 })).toBeVisible()
  },
}
