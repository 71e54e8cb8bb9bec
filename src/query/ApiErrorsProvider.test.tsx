import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it, vi } from 'vitest'
import { takeConsoleErrors } from '../../test/console.js'
import { getFieldErrorProps } from '../components/getFieldErrorProps.js'
import { ApiError, isApiError, type ApiProfile, type ClassifyOptions, type ErrorAdapter } from '../core/index.js'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { ApiErrorsProvider } from './ApiErrorsProvider.js'
import { createTokenRefresh } from './createTokenRefresh.js'
import { withApiErrorDefaults, type ApiErrorDefaultsOptions } from './withApiErrorDefaults.js'
import { withApiErrors } from './withApiErrors.js'

// A gateway's hiccup only the app's adapter knows is a retryable 503; without
// the adapter it is an `unknown` error: not retried, sent to the boundary.
class Hiccup extends Error {}
const hiccups: ErrorAdapter = (value) => (value instanceof Hiccup ? new ApiError({ category: 'unavailable', status: 503 }) : undefined)
// A rejected form only the app's adapter reads: a validation error with a field.
class Rejected extends Error {}
const rejections: ErrorAdapter = (value) =>
  value instanceof Rejected ? new ApiError({ category: 'validation', status: 422, fieldErrors: { email: ['Already taken'] } }) : undefined

const fast: ApiErrorDefaultsOptions['policy'] = { baseDelayMs: 1, random: () => 0 }

function appWith(options: ApiErrorDefaultsOptions, classify?: ClassifyOptions, extra: { profiles?: readonly ApiProfile[] } = {}) {
  const client = new QueryClient(withApiErrorDefaults({}, { policy: fast, ...options }))
  const withProvider = classify !== undefined || extra.profiles !== undefined
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      {withProvider ? <ApiErrorsProvider classify={classify} profiles={extra.profiles}>{children}</ApiErrorsProvider> : children}
    </QueryClientProvider>
  )
  return { client, wrapper }
}

/** A query function that throws `make()` the first `failures` times, then answers. */
function failing(failures: number, make: () => unknown) {
  const calls = { count: 0 }
  const queryFn = async () => {
    // Thrown as the clients throw them: errors, records.
    if (++calls.count <= failures) throw make()
    return 'answer'
  }
  return { calls, queryFn }
}

describe('ApiErrorsProvider and the QueryClient', () => {
  it("the retry policy withApiErrorDefaults installed retries with the provider's adapter", async () => {
    const { calls, queryFn } = failing(2, () => new Hiccup('upstream'))
    const { wrapper } = appWith({}, { adapters: [hiccups] })
    const { result } = renderHook(() => useQuery({ queryKey: ['q'], queryFn }), { wrapper })
    await waitFor(() => expect(result.current.data).toBe('answer'))
    expect(calls.count).toBe(3)
  })

  it('without a provider, the same failure is not retried', async () => {
    const { calls, queryFn } = failing(2, () => new Hiccup('upstream'))
    const { wrapper } = appWith({})
    const { result } = renderHook(() => useQuery({ queryKey: ['q'], queryFn }), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(calls.count).toBe(1)
  })

  it("the provider's profiles reach the retry policy: a GitHub-style 403 with no requests left is retried", async () => {
    const github: ApiProfile = {
      name: 'GitHub',
      match: 'https://api.github.com',
      refine: (error, response) => (error.status === 403 && response.header('x-ratelimit-remaining') === '0' ? { category: 'rate_limited' } : undefined),
    }
    const limited = () => ({ status: 403, headers: { 'x-ratelimit-remaining': '0' }, url: 'https://api.github.com/user' })
    const withProfile = failing(1, limited)
    const { result } = renderHook(() => useQuery({ queryKey: ['user'], queryFn: withProfile.queryFn }), { wrapper: appWith({}, undefined, { profiles: [github] }).wrapper })
    await waitFor(() => expect(result.current.data).toBe('answer'))
    expect(withProfile.calls.count).toBe(2)

    const without = failing(1, limited)
    const plain = renderHook(() => useQuery({ queryKey: ['user'], queryFn: without.queryFn }), { wrapper: appWith({}).wrapper })
    await waitFor(() => expect(plain.result.current.isError).toBe(true))
    expect(without.calls.count).toBe(1)
  })

  it("throwToBoundary keeps a failure the provider's adapter calls a validation error in place, and getFieldErrorProps marks its field", async () => {
    const { wrapper } = appWith({ throwToBoundary: true }, { adapters: [rejections] })
    function Signup() {
      const query = useQuery({ queryKey: ['check'], queryFn: () => Promise.reject(new Rejected('no')) })
      return <input aria-label="Email" {...getFieldErrorProps(query.error, 'email')} />
    }
    render(<ErrorBoundary fallbackRender={() => <p>boundary</p>}><Signup /></ErrorBoundary>, { wrapper })
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.queryByText('boundary')).toBeNull()
  })

  it('without a provider, throwToBoundary sends the same failure to the boundary', async () => {
    const { wrapper } = appWith({ throwToBoundary: true })
    function Signup() {
      const query = useQuery({ queryKey: ['check'], queryFn: () => Promise.reject(new Rejected('no')) })
      return <input aria-label="Email" {...getFieldErrorProps(query.error, 'email')} />
    }
    render(<ErrorBoundary fallbackRender={({ error }) => <p>{`boundary: ${(error as Error).message}`}</p>}><Signup /></ErrorBoundary>, { wrapper })
    await screen.findByText('boundary: no')
    expect(takeConsoleErrors().length).toBeGreaterThan(0)
  })

  it("a failed mutation's field errors come from the provider's adapter (the mutation retry policy classified it)", async () => {
    const { wrapper } = appWith({}, { adapters: [rejections] })
    const { result } = renderHook(() => useMutation({ mutationFn: () => Promise.reject(new Rejected('no')) }), { wrapper })
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(getFieldErrorProps(result.current.error, 'email')).toEqual({ 'aria-invalid': true, 'aria-describedby': expect.any(String) })
  })

  it("onError reports the failure classified with the provider's options", async () => {
    const onError = vi.fn<(error: ApiError) => void>()
    const { wrapper } = appWith({ onError }, { adapters: [hiccups] })
    // No retry, no tracked delay: the report is the first to classify.
    const { result } = renderHook(() => useQuery({ queryKey: ['q'], queryFn: () => Promise.reject(new Hiccup('x')), retry: false, retryDelay: 0 }), { wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toMatchObject({ category: 'unavailable', status: 503 })
  })

  it("withApiErrors classifies with the provider's options, through the client TanStack Query hands the query function", async () => {
    const queryFn = withApiErrors(() => Promise.reject(new Hiccup('x')))
    const shared = renderHook(() => useQuery({ queryKey: ['q'], queryFn, retry: false }), { wrapper: appWith({}, { adapters: [hiccups] }).wrapper })
    await waitFor(() => expect(shared.result.current.isError).toBe(true))
    expect(isApiError(shared.result.current.error) && shared.result.current.error.category).toBe('unavailable')

    const plain = renderHook(() => useQuery({ queryKey: ['q'], queryFn, retry: false }), { wrapper: appWith({}).wrapper })
    await waitFor(() => expect(plain.result.current.isError).toBe(true))
    expect(isApiError(plain.result.current.error) && plain.result.current.error.category).toBe('unknown')
  })

  it("createTokenRefresh around a queryFn refreshes on what the provider's adapter calls a 401", async () => {
    class SessionGone extends Error {}
    const sessions: ErrorAdapter = (value) => (value instanceof SessionGone ? new ApiError({ category: 'unauthenticated', status: 401 }) : undefined)
    const run = async (classify?: ClassifyOptions) => {
      let token = 'old'
      const refresh = vi.fn(async () => void (token = 'new'))
      const queryFn = createTokenRefresh({ refresh })(async () => {
        if (token === 'old') throw new SessionGone('expired')
        return 'answer'
      })
      const { result } = renderHook(() => useQuery({ queryKey: ['me'], queryFn }), { wrapper: appWith({}, classify).wrapper })
      await waitFor(() => expect(result.current.status).not.toBe('pending'))
      return { data: result.current.data, refreshes: refresh.mock.calls.length }
    }
    expect(await run({ adapters: [sessions] })).toEqual({ data: 'answer', refreshes: 1 })
    expect(await run()).toEqual({ data: undefined, refreshes: 0 })
  })

  it("options given to withApiErrorDefaults win over the provider's where both recognise a value; the provider's adapters still apply", async () => {
    const asNotFound: ErrorAdapter = (value) => (value instanceof Hiccup ? new ApiError({ category: 'not_found', status: 404 }) : undefined)
    const onError = vi.fn<(error: ApiError) => void>()
    const { wrapper } = appWith({ onError, classify: { adapters: [asNotFound] } }, { adapters: [hiccups, rejections] })
    const hiccup = failing(1, () => new Hiccup('x'))
    const first = renderHook(() => useQuery({ queryKey: ['a'], queryFn: hiccup.queryFn }), { wrapper })
    await waitFor(() => expect(first.result.current.isError).toBe(true))
    expect(hiccup.calls.count).toBe(1) // a 404 is not retried: the client's own adapter decided
    const second = renderHook(() => useQuery({ queryKey: ['b'], queryFn: () => Promise.reject(new Rejected('no')) }), { wrapper })
    await waitFor(() => expect(second.result.current.isError).toBe(true))
    expect(onError.mock.calls.map(([error]) => error.category)).toEqual(['not_found', 'validation'])
  })

  it('the outermost provider under the client speaks for it; an inner one still configures its hooks', async () => {
    const client = new QueryClient(withApiErrorDefaults({}, { policy: fast }))
    const { calls, queryFn } = failing(2, () => new Hiccup('x'))
    let inner: ClassifyOptions | undefined
    function Probe() {
      const config = useApiErrorsConfig()
      useEffect(() => void (inner = config.classify))
      return <p>{useQuery({ queryKey: ['q'], queryFn }).data ?? 'waiting'}</p>
    }
    render(
      <QueryClientProvider client={client}>
        <ApiErrorsProvider classify={{ adapters: [hiccups] }}>
          <ApiErrorsProvider classify={{ adapters: [] }}>
            <Probe />
          </ApiErrorsProvider>
        </ApiErrorsProvider>
      </QueryClientProvider>,
    )
    await screen.findByText('answer')
    expect(calls.count).toBe(3)
    expect(inner).toEqual({ adapters: [] })
  })

  it('shares nothing once the provider unmounts, and needs no QueryClientProvider', async () => {
    const client = new QueryClient(withApiErrorDefaults({}, { policy: fast }))
    const view = render(<QueryClientProvider client={client}><ApiErrorsProvider classify={{ adapters: [hiccups] }} /></QueryClientProvider>)
    view.unmount()
    const { calls, queryFn } = failing(2, () => new Hiccup('x'))
    const { result } = renderHook(() => useQuery({ queryKey: ['q'], queryFn }), { wrapper: ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider> })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(calls.count).toBe(1)

    render(<ApiErrorsProvider classify={{ adapters: [hiccups] }}><p>no client</p></ApiErrorsProvider>)
    expect(screen.getByText('no client')).toBeInTheDocument()
  })
})
