import { QueryClient, QueryClientProvider, useQueries } from '@tanstack/react-query'
import { act, render, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { toApiError, type ApiError } from '../core/index.js'
import { useRouteQueryErrors } from './useRouteQueryErrors.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

let status = 401
const get = (id: number) => async () => {
  const response = await fetch(`http://api.test/jobs/${id}`)
  if (!response.ok) throw await toApiError(response)
  return response.json() as Promise<unknown>
}

describe('useRouteQueryErrors', () => {
  it("calls the provider's onError per failing query and onUnauthenticated once until a success", async () => {
    server.use(http.get('http://api.test/jobs/:id', () => (status < 400 ? HttpResponse.json({}) : HttpResponse.json({ error: 'unauthorized' }, { status }))))
    const client = new QueryClient(withApiErrorDefaults({ defaultOptions: { queries: { throwOnError: false } } }))
    const onError = vi.fn()
    const onUnauthenticated = vi.fn()
    function Routing() {
      useRouteQueryErrors()
      return null
    }
    function Jobs() {
      useQueries({ queries: [1, 2, 3].map((id) => ({ queryKey: ['job', id], queryFn: get(id) })) })
      return null
    }
    render(
      <QueryClientProvider client={client}>
        <ApiErrorsProvider onError={onError} onUnauthenticated={onUnauthenticated}>
          <Routing />
          <Jobs />
        </ApiErrorsProvider>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(3))
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
    expect((onUnauthenticated.mock.calls[0]![0] as ApiError).status).toBe(401)

    status = 200
    await act(() => client.refetchQueries({ queryKey: ['job', 1] }))
    status = 401
    await act(() => client.refetchQueries({ queryKey: ['job', 1] }))
    expect(onUnauthenticated).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledTimes(4)
  })
})
