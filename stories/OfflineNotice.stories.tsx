import type { Meta, StoryObj } from '@storybook/react-vite'
import { onlineManager, useQuery } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { expect, waitFor } from 'storybook/test'
import { ErrorAlert, OfflineNotice, type OfflineNoticeProps } from '../src/index.js'
import { persium } from './api/index.js'
import { seedFetch } from './support/seedFetch.js'
import { withQueryClient } from './support/withQueryClient.js'

type Args = OfflineNoticeProps & { online: boolean }

/** Tells TanStack Query's onlineManager what the control says, and puts it back after the story. */
function Network({ online, children }: { online: boolean; children: ReactNode }) {
  // Set before the content's effects run (they run before ours), so a query does not start online first.
  useState(() => onlineManager.setOnline(online))
  useEffect(() => {
    onlineManager.setOnline(online)
    return () => onlineManager.setOnline(true)
  }, [online])
  return <>{children}</>
}

const meta = {
  title: 'Components/OfflineNotice',
  component: OfflineNotice,
  args: { online: false, when: true },
  argTypes: {
    online: { control: 'boolean', description: 'What TanStack Query\u2019s `onlineManager` says (the browser\u2019s `online` / `offline` events in an app).', table: { category: 'story' } },
    render: { control: false },
  },
  render: ({ online, ...props }) => (
    <Network online={online}>
      <OfflineNotice {...props} />
    </Network>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** Offline: a polite status says so once; queries and their retries wait for the network. */
export const Offline: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/offline/i))
  },
}

/** Online: the status region stays in the page, empty and invisible, ready to speak. */
export const Online: Story = {
  args: { online: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement()
  },
}

function PausedStations() {
  const stations = useQuery({ queryKey: ['offline-stations'], queryFn: () => seedFetch<unknown>(persium.sample), networkMode: 'online' })
  return (
    <>
      <OfflineNotice when={stations.isPaused} />
      <ErrorAlert query={stations} />
      <p>{stations.isPaused ? 'Stations will load when you are back online.' : stations.isSuccess ? 'Stations loaded.' : 'Loading stations\u2026'}</p>
    </>
  )
}

/** Tied to one query with `when={query.isPaused}`: it speaks while that query waits for the network. */
export const TiedToAQuery: Story = {
  decorators: [withQueryClient],
  render: ({ online }) => (
    <Network online={online}>
      <PausedStations />
    </Network>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/offline/i))
    await expect(canvas.getByText('Stations will load when you are back online.')).toBeVisible()
  },
}
