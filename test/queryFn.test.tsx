// The README's one-line queryFn for each client, in a real useQuery: data on
// success; on failure, the query's `error` is an ApiError equal to what the
// library makes of the same response through fetch + toApiError.
import { QueryClient, QueryClientProvider, useQuery, type QueryFunction } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError, ErrorMessage, isApiError, retryDelay, shouldRetry, toApiError, withApiErrorDefaults, withApiErrors } from '../src/index.js'
import { cases, facts, startCaseServer, type CaseServer } from './clientCases.js'

let server: CaseServer
beforeAll(async () => {
  server = await startCaseServer({ expose: ['retry-after', 'x-request-id'] })
})
afterAll(() => server.close())

interface Station {
  id: string
}

// Exactly the lines of the README's "HTTP clients", one per client: each
// wrapped in withApiErrors (ky needs no hook: withApiErrors reads the body).
const queryFns: Record<string, (url: string) => QueryFunction<Station[]>> = {
  fetch: (url) => withApiErrors(async ({ signal }) => { const r = await fetch(url, { signal }); if (!r.ok) throw await toApiError(r); return r.json() as Promise<Station[]> }),
  axios: (url) => withApiErrors(({ signal }) => axios.get<Station[]>(url, { signal }).then((r) => r.data)),
  ky: (url) => withApiErrors(({ signal }) => ky.get(url, { signal, retry: 0 }).json<Station[]>()),
  ofetch: (url) => withApiErrors(({ signal }) => ofetch<Station[]>(url, { signal, retry: 0 })),
}

function Stations({ url, client }: { url: string; client: string }) {
  const query = useQuery({ queryKey: [client, url], queryFn: queryFns[client]!(url), retry: false, throwOnError: false })
  if (query.isPending) return <p>Loading</p>
  if (query.isError) return <ErrorMessage error={query.error} data-testid="error" />
  return <p>{JSON.stringify(query.data)}</p>
}

function renderWithClient(ui: React.ReactElement) {
  const client = new QueryClient(withApiErrorDefaults())
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
  return client
}

const rateLimited = cases.findIndex((c) => c.name.startsWith('envelope with retry_after and'))

describe.each(Object.keys(queryFns))('the documented queryFn for %s', (client) => {
  it('returns the data on success', async () => {
    renderWithClient(<Stations url={`${server.base}/ok`} client={client} />)
    expect(await screen.findByText('[{"id":"st-1"}]')).toBeInTheDocument()
  })

  it('fails with an error the library reads as it reads the response through fetch', async () => {
    const url = `${server.base}/case/${rateLimited}`
    const queryClient = renderWithClient(<Stations url={url} client={client} />)
    expect(await screen.findByTestId('error')).toHaveAttribute('data-category', 'rate_limited')
    const thrown = queryClient.getQueryState([client, url])?.error
    // The cache holds the ApiError itself, not the client's error.
    expect(isApiError(thrown)).toBe(true)
    const viaFetch = await toApiError(await fetch(url))
    expect(facts(classifyError(thrown))).toEqual(facts(viaFetch))
    // The retry policy reads the raw error too: it waits at least what the server asked.
    expect(shouldRetry(0, thrown)).toBe(true)
    expect(retryDelay(1, thrown)).toBeGreaterThanOrEqual(viaFetch.retryAfterMs!)
  })

  it('shows a cancelled request as nothing to report', async () => {
    const queryClient = renderWithClient(<Stations url={`${server.base}/slow`} client={client} />)
    await screen.findByText('Loading')
    await queryClient.cancelQueries()
    await waitFor(() => expect(queryClient.getQueryState([client, `${server.base}/slow`])?.fetchStatus).toBe('idle'))
    expect(screen.queryByTestId('error')).toBeNull()
  })
})
