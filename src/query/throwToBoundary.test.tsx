import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it } from 'vitest'
import { takeConsoleErrors } from '../../test/console.js'
import { setupTestServer } from '../../test/setupTestServer.js'
import { ErrorAlert } from '../components/ErrorAlert.js'
import { ApiError, toApiError, type ClassifyOptions } from '../core/index.js'
import { throwToBoundary } from './throwToBoundary.js'
import { useQueryError } from './useQueryError.js'
import { withApiErrorDefaults, type ApiErrorDefaultsOptions } from './withApiErrorDefaults.js'

const server = setupTestServer()

const url = 'http://api.test/stations'
async function getStations({ signal }: { signal: AbortSignal }): Promise<string[]> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw await toApiError(response)
  return (await response.json()) as string[]
}

function serve(...statuses: number[]) {
  let requests = 0
  server.use(
    http.get(url, () => {
      const status = statuses[Math.min(requests++, statuses.length - 1)]!
      return status < 400 ? HttpResponse.json(['North']) : HttpResponse.json({ error: 'failed' }, { status })
    }),
  )
}

function wrapperFor(options?: ApiErrorDefaultsOptions) {
  const client = new QueryClient(withApiErrorDefaults({}, options))
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return { client, wrapper }
}

function Meter() {
  const query = useQuery({ queryKey: ['m'], queryFn: getStations })
  return <p>{query.isError ? 'inline error' : query.data ? 'data' : 'loading'}</p>
}

describe('no library default throws to an error boundary', () => {
  it('the README-style app, with no boundary, shows the alert for a 404 instead of going blank', async () => {
    serve(404)
    const { wrapper } = wrapperFor()
    // The "In 30 seconds" shape: withApiErrorDefaults(), useQueryError, ErrorAlert, no boundary anywhere.
    function Stations() {
      const query = useQuery({ queryKey: ['stations'], queryFn: getStations })
      const { error, retryAt } = useQueryError(query)
      if (error) return <ErrorAlert error={error} retry={{ retryAt }} onRetry={() => query.refetch()} />
      return <ul>{query.data?.map((name) => <li key={name}>{name}</li>)}</ul>
    }
    render(
      <main>
        <h1>Dashboard</h1>
        <Stations />
      </main>,
      { wrapper },
    )
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument()
    expect(takeConsoleErrors()).toEqual([])
  })

  it('sets no throwOnError unless asked', () => {
    expect(withApiErrorDefaults().defaultOptions?.queries).not.toHaveProperty('throwOnError')
    expect(typeof withApiErrorDefaults({}, { throwToBoundary: true }).defaultOptions?.queries?.throwOnError).toBe('function')
  })
})

describe('throwToBoundary', () => {
  it('sends a first-load 404 to the boundary when asked', async () => {
    serve(404)
    const { wrapper } = wrapperFor({ throwToBoundary: true })
    render(<ErrorBoundary fallbackRender={({ error }) => <p>{`boundary: ${(error as ApiError).category}`}</p>}><Meter /></ErrorBoundary>, { wrapper })
    await screen.findByText('boundary: not_found')
    // React reports the error the boundary caught.
    expect(takeConsoleErrors().length).toBeGreaterThan(0)
  })

  it('keeps data on screen, out of the boundary, when a refetch fails', async () => {
    serve(200, 404)
    const { client, wrapper } = wrapperFor({ throwToBoundary: true })
    render(<ErrorBoundary fallbackRender={() => <p>boundary</p>}><Meter /></ErrorBoundary>, { wrapper })
    await screen.findByText('data')
    await act(() => client.refetchQueries({ queryKey: ['m'] }))
    await screen.findByText('inline error')
    expect(screen.queryByText('boundary')).toBeNull()
  })

  it('leaves a 401, a validation error and a cancel where they happened', () => {
    const noData = { state: { data: undefined } }
    expect(throwToBoundary(new ApiError({ category: 'unauthenticated', status: 401 }), noData)).toBe(false)
    expect(throwToBoundary(new ApiError({ category: 'validation', status: 422 }), noData)).toBe(false)
    expect(throwToBoundary(new DOMException('stopped', 'AbortError'), noData)).toBe(false)
    expect(throwToBoundary(new ApiError({ category: 'server', status: 500 }), noData)).toBe(true)
    expect(throwToBoundary(new ApiError({ category: 'server', status: 500 }), { state: { data: ['North'] } })).toBe(false)
  })

  it('classifies with the options given to withApiErrorDefaults', async () => {
    // An app's own "session expired" value, which only its adapter knows is a 401.
    const expired = Object.assign(new Error('session expired'), { kind: 'session-expired' })
    const classify: ClassifyOptions = {
      adapters: [(value) => (value === expired ? new ApiError({ category: 'unauthenticated', status: 401 }) : undefined)],
    }
    const { wrapper } = wrapperFor({ throwToBoundary: true, classify })
    function Session() {
      const query = useQuery({ queryKey: ['session'], queryFn: () => Promise.reject(expired), retry: false })
      return <p>{query.isError ? 'sign in again' : 'loading'}</p>
    }
    render(<ErrorBoundary fallbackRender={() => <p>boundary</p>}><Session /></ErrorBoundary>, { wrapper })
    await waitFor(() => expect(screen.getByText('sign in again')).toBeInTheDocument())
    expect(screen.queryByText('boundary')).toBeNull()
  })
})
