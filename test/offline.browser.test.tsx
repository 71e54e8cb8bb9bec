// Offline and back in a real Chromium: the network goes away under a running
// query, TanStack Query pauses its retries, the page says so, and everything
// resumes once the browser is back online.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { classifyError, toApiError } from '../src/core/index.js'
import { OfflineNotice } from '../src/components/OfflineNotice.js'
import { useQueryError } from '../src/query/useQueryError.js'
import { withApiErrorDefaults } from '../src/query/withApiErrorDefaults.js'
import { testApiPath } from './browserCommands.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function getJson(url: string): Promise<{ ok: boolean; request: number }> {
  const response = await fetch(url)
  if (!response.ok) throw await toApiError(response)
  return (await response.json()) as { ok: boolean; request: number }
}

function Stations({ seen, enabled = true }: { seen: unknown[]; enabled?: boolean }) {
  const query = useQuery({ queryKey: ['stations'], queryFn: () => getJson(`${testApiPath}stations`), enabled })
  const { error, paused } = useQueryError(query)
  seen.push(query.failureReason)
  return (
    <>
      <OfflineNotice />
      <p data-testid="state">{query.data ? `loaded ${query.data.request}` : `${query.fetchStatus} ${paused ? 'paused' : ''} ${error?.category ?? ''}`}</p>
    </>
  )
}

function renderStations(enabled = true) {
  // Retries wait a fixed 500 ms, then 1 s, 2 s: time enough to go offline in between.
  const client = new QueryClient(withApiErrorDefaults({}, { policy: { random: () => 0.5 } }))
  const seen: unknown[] = []
  const ui = (enabled: boolean) => (
    <QueryClientProvider client={client}>
      <Stations seen={seen} enabled={enabled} />
    </QueryClientProvider>
  )
  const view = render(ui(enabled))
  return { client, seen, enable: () => view.rerender(ui(true)) }
}

const state = () => screen.getByTestId('state').textContent
const notice = () => screen.getByRole('status').textContent

// Real events from outside React drive these tests, as they do a real page;
// they are observed with waitFor rather than wrapped in act().
let actEnvironment: unknown
beforeAll(() => {
  actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = actEnvironment
})

afterEach(async () => {
  await commands.setOffline(false)
  await commands.takeTestApiRequests()
})

describe('offline and back, in Chromium', () => {
  it('tells a dropped network from a server error', async () => {
    await commands.setOffline(true)
    const dropped: unknown = await fetch(`${testApiPath}x`).catch((error: unknown) => error)
    await commands.setOffline(false)
    const failed: unknown = await getJson(`${testApiPath}x?status=503`).catch((error: unknown) => error)
    expect(classifyError(dropped)).toMatchObject({ category: 'network', retryable: true })
    expect(classifyError(dropped).status).toBeUndefined()
    expect(classifyError(failed)).toMatchObject({ category: 'unavailable', status: 503 })
  })

  it('pauses retries while offline, says so, and resumes once back online', async () => {
    // The network drops before the browser notices: the first attempt fails.
    await commands.setOffline(true, { events: false })
    const { seen, client } = renderStations()
    await waitFor(() => expect(seen.at(-1)).toBeTruthy())
    expect(classifyError(seen.at(-1)).category).toBe('network')
    expect(notice()).toBe('')

    // Then the browser notices, before the retry is due.
    await commands.setOffline(true)
    await waitFor(() => expect(state()).toBe('paused paused network'))
    expect(notice()).toBe('You\u2019re offline; we\u2019ll try again when you\u2019re back.')
    expect(client.getQueryState(['stations'])).toMatchObject({ status: 'pending', error: null, fetchFailureCount: 1 })
    // Well past every retry the policy would have made: none is made offline.
    await sleep(2500)
    expect(await commands.takeTestApiRequests()).toBe(1)
    expect(state()).toBe('paused paused network')

    await commands.setOffline(false)
    await waitFor(() => expect(state()).toMatch(/^loaded \d+$/))
    expect(notice()).toBe('')
    expect(await commands.takeTestApiRequests()).toBe(1)
  })

  it('does not even start a query while offline, and starts it once back', async () => {
    // TanStack Query learns of the network only from events (it does not
    // trust navigator.onLine), so the client is mounted before going offline.
    const { enable } = renderStations(false)
    await commands.setOffline(true)
    enable()
    await waitFor(() => expect(state()).toBe('paused paused '))
    expect(notice()).toMatch(/offline/)
    await sleep(500)
    expect(await commands.takeTestApiRequests()).toBe(0)

    await commands.setOffline(false)
    await waitFor(() => expect(state()).toBe('loaded 1'))
    expect(notice()).toBe('')
  })
})
