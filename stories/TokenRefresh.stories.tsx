import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClient, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { expect, fn, waitFor } from 'storybook/test'
import { ErrorAlert, createTokenRefresh, toApiError, withApiErrorDefaults, type ApiError } from '../src/index.js'
import { persium } from './api/index.js'
import { withFailure } from './support/seedFetch.js'
import { withQueryClient } from './support/withQueryClient.js'

interface Args {
  /** `token_expired`: a fresh token cures it. `not_registered`: it does not. */
  fail: 'token_expired' | 'not_registered'
  onUnauthenticated: (error: ApiError) => void
}

/**
 * A Persium client: a bearer token it renews with `createTokenRefresh` on a
 * 401, and a log line per request. Made once per story render.
 */
function createPersiumClient(log: (line: string) => void) {
  let token = 'stale-token'
  const call = async (method: string, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(path, { method, headers })
    log(`${method} ${path.split('?')[0]} → ${response.status}`)
    if (!response.ok) throw await toApiError(response)
    return (await response.json()) as { stations?: unknown[]; access_token?: string }
  }
  const withTokenRefresh = createTokenRefresh({
    refresh: async () => {
      token = String((await call('POST', '/api/persium/oauth/token')).access_token)
    },
  })
  return {
    stations: withTokenRefresh(async (path: string) => ({ ...(await call('GET', path, { Authorization: `Bearer ${token}` })), token })),
  }
}

/**
 * Persium's rule: on a 401, re-fetch the token and retry once. The request
 * log shows each call; "Sign in" appears only when the refresh did not cure it.
 */
function StationsWithTokenRefresh({ fail, onUnauthenticated }: Args) {
  const [log, setLog] = useState<string[]>([])
  const [signedOut, setSignedOut] = useState<ApiError | null>(null)
  const [client] = useState(() => createPersiumClient((line) => setLog((lines) => [...lines, line])))
  // The one sign-out: the QueryClient's, for a 401 the refresh could not cure.
  const [queryClient] = useState(() =>
    new QueryClient(withApiErrorDefaults({ defaultOptions: { queries: { retry: false } } }, {
      onUnauthenticated: (error) => {
        setSignedOut(error)
        onUnauthenticated(error)
      },
    })))
  const path = withFailure(persium.sample, fail)
  const stations = useQuery({ queryKey: [path], queryFn: () => client.stations(path) }, queryClient)
  return (
    <section aria-labelledby="refresh-title">
      <h2 id="refresh-title">Stations (token refresh)</h2>
      {stations.isSuccess && <p role="status">Loaded {stations.data.stations?.length} stations with token {stations.data.token}.</p>}
      {signedOut && <ErrorAlert error={signedOut} headingLevel={3} />}
      <h3>Requests</h3>
      <ol aria-label="Requests">
        {log.map((line, index) => <li key={index}><code>{line}</code></li>)}
      </ol>
    </section>
  )
}

const meta = {
  title: 'Behaviour/Token refresh',
  component: StationsWithTokenRefresh,
  decorators: [withQueryClient],
  args: { fail: 'token_expired', onUnauthenticated: fn() },
  argTypes: { fail: { control: 'inline-radio', options: ['token_expired', 'not_registered'] } },
} satisfies Meta<typeof StationsWithTokenRefresh>

export default meta
type Story = StoryObj<typeof meta>

/** An expired token: 401, one refresh, the same request again with the new token, 200. */
export const RefreshCures401: Story = {
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('status', {}, { timeout: 4000 })).toHaveTextContent('with token persium-1')
    const requests = canvas.getAllByRole('listitem').map((item) => item.textContent)
    await expect(requests).toEqual(['GET /api/persium/v1/stations → 401', 'POST /api/persium/oauth/token → 200', 'GET /api/persium/v1/stations → 200'])
    await expect(args.onUnauthenticated).not.toHaveBeenCalled()
  },
}

/** A client that is not registered: the refresh succeeds, the retry still gets 401, and the user is asked to sign in. */
export const RefreshDoesNotCure401: Story = {
  args: { fail: 'not_registered' },
  play: async ({ canvas, args }) => {
    await waitFor(() => expect(args.onUnauthenticated).toHaveBeenCalledTimes(1), { timeout: 4000 })
    await expect(await canvas.findByRole('alert')).toBeVisible()
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3)
  },
}
