import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMutation, useQuery } from '@tanstack/react-query'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ErrorMessage, useQueryErrorNotices } from '../src/index.js'
import { persium } from './api/index.js'
import { seedFetch, withFailure } from './support/seedFetch.js'
import { withQueryClient } from './support/withQueryClient.js'

/**
 * Toasts from `useQueryErrorNotices()`: one notice per failing query or
 * failed mutation (not per retry, not per component), each an `ErrorMessage`
 * with a dismiss button. Render the list once, near the app's root.
 */
function Toasts() {
  const { notices, dismiss } = useQueryErrorNotices({ limit: 3 })
  return (
    <ol className="story-toasts" aria-label="Notifications">
      {notices.map((notice) => (
        <li key={notice.id} className="story-toast">
          <ErrorMessage error={notice.error} />
          <button type="button" className="rae-button" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </li>
      ))}
    </ol>
  )
}

function Station({ fail }: { fail: string }) {
  const path = withFailure(`${persium.sample}/unknown-station`, fail)
  const station = useQuery({ queryKey: ['toast', path], queryFn: () => seedFetch<unknown>(path), enabled: false })
  return (
    <button type="button" className="rae-button" onClick={() => void station.refetch()}>
      Load a station
    </button>
  )
}

function Rename() {
  const rename = useMutation({ mutationFn: () => seedFetch(withFailure(`${persium.sample}/x`, 'server'), { method: 'PATCH' }) })
  return (
    <button type="button" className="rae-button" onClick={() => rename.mutate()}>
      Rename a station
    </button>
  )
}

const meta = {
  title: 'Components/Toast notices',
  decorators: [withQueryClient],
  render: () => (
    <div className="story-fields">
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Station fail="not_found" />
        <Rename />
      </div>
      <Toasts />
    </div>
  ),
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** A failing query and a failing mutation each give one toast; Dismiss removes it. */
export const FromQueriesAndMutations: Story = {
  play: async ({ canvas, step }) => {
    const list = canvas.getByRole('list', { name: 'Notifications' })
    await step('A failed query: one toast', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Load a station' }))
      await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1))
    })
    await step('A failed mutation: a second toast', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Rename a station' }))
      await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2))
    })
    await step('Dismiss removes one', async () => {
      await userEvent.click(within(list).getAllByRole('button', { name: 'Dismiss' })[0]!)
      await expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    })
  },
}
