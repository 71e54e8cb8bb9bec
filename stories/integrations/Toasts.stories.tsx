import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Toaster } from 'sonner'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ApiErrorsProvider, ErrorMessage, classifyError } from '../../src/index.js'
import { ApiErrorToasts, useMarkShownInline } from '../../src/integrations/sonner.js'

/** A request that fails with this status the first time, then works. */
function failingOnce(status: number) {
  let calls = 0
  return () => (++calls === 1 ? Promise.reject(classifyError({ status, body: {} })) : Promise.resolve(['Kings Cross', 'Euston']))
}

/** A station list whose first load fails with this status. */
function Stations({ status }: { status: number }) {
  const [fetcher] = useState(() => failingOnce(status))
  const query = useQuery({ queryKey: ['stations', status], queryFn: fetcher })
  return <p>{query.data ? `Stations: ${query.data.join(', ')}` : query.isError ? 'Stations could not load.' : 'Loading stations…'}</p>
}

/** An inline error of the app's own: it marks what it shows, so no toast repeats it. */
function InlineStations() {
  const query = useQuery({ queryKey: ['inline'], queryFn: () => Promise.reject(classifyError({ status: 404, body: {} })) })
  const error = query.error ? classifyError(query.error) : undefined
  useMarkShownInline(error)
  return error ? <ErrorMessage error={error} /> : null
}

function Save() {
  const save = useMutation({ mutationFn: () => Promise.reject(classifyError({ status: 409, body: {}, method: 'POST' })) })
  return (
    <button type="button" onClick={() => save.mutate()}>
      Save vehicle
    </button>
  )
}

function Page({ inline }: { inline: boolean }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }))
  const [signedIn, setSignedIn] = useState(false)
  return (
    <QueryClientProvider client={client}>
      <ApiErrorsProvider onSignIn={() => setSignedIn(true)}>
        <main>
          <h1>Fleet</h1>
          <Stations status={503} />
          <Stations status={401} />
          <Save />
          {inline && <InlineStations />}
          {signedIn && <p>Signing in…</p>}
        </main>
        <Toaster />
        <ApiErrorToasts />
      </ApiErrorsProvider>
    </QueryClientProvider>
  )
}

/**
 * `react-api-errors/sonner`: one toast per failing query or mutation, with the
 * action that helps (Try again refetches; Sign in calls the provider's
 * `onSignIn`; a failed POST is not offered again). A failure an inline
 * component shows is not toasted; nor is a cancel.
 */
const meta = {
  title: 'Integrations/Toasts (sonner)',
  component: Page,
  args: { inline: true },
} satisfies Meta<typeof Page>

export default meta
type Story = StoryObj<typeof meta>

export const Toasts: Story = {
  play: async ({ canvas, step }) => {
    const page = within(document.body)
    await step('A 503 and a 401 each get one toast; the inline 404 gets none', async () => {
      await page.findByText('Service unavailable')
      await page.findByText('Your session has ended')
      await canvas.findByRole('alert')
      await waitFor(() => expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(2))
    })
    await step('Try again refetches the stations and the toast closes', async () => {
      const toast = (await page.findByText('Service unavailable')).closest('li')!
      await userEvent.click(within(toast).getByRole('button', { name: 'Try again' }))
      await canvas.findByText(/Stations: Kings Cross/)
    })
    await step('A failed save is toasted without Try again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Save vehicle' }))
      const toast = (await page.findByText('This clashes with existing data')).closest('li')!
      await expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull()
    })
  },
}
