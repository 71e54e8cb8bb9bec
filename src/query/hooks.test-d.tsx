import { QueryClient, useInfiniteQuery, useMutation, useQuery, useSuspenseQuery, type QueryClientConfig, type UseQueryOptions } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import { createRetryPolicy, retryDelay, shouldRetry, type ApiError, type FieldErrors } from '../core/index.js'
import { createTokenRefresh } from './createTokenRefresh.js'
import { shouldRetryMutation } from './shouldRetryMutation.js'
import { subscribeToQueryErrors, type QueryErrorNotice } from './subscribeToQueryErrors.js'
import { throwToBoundary } from './throwToBoundary.js'
import { useApiError } from '../hooks/useApiError.js'
import { useCountdown, type Countdown } from '../hooks/useCountdown.js'
import { useFieldErrors } from '../hooks/useFieldErrors.js'
import { useQueryError, type QueryErrorState } from './useQueryError.js'
import { useQueryErrorNotices } from './useQueryErrorNotices.js'
import { withApiErrorDefaults } from './withApiErrorDefaults.js'
import { withApiErrors } from './withApiErrors.js'

declare const queryFn: () => Promise<number>

describe('hook types', () => {
  it('withApiErrors keeps the wrapped function\'s parameters and data', () => {
    expectTypeOf(withApiErrors((name: string, count: number) => Promise.resolve({ name, count }))).toEqualTypeOf<(name: string, count: number) => Promise<{ name: string; count: number }>>()
    expectTypeOf(withApiErrors(() => 1)).toEqualTypeOf<() => Promise<number>>()
    expectTypeOf(useQuery({ queryKey: ['a'], queryFn: withApiErrors(({ signal }) => Promise.resolve(signal.aborted)) }).data).toEqualTypeOf<boolean | undefined>()
  })

  it('useApiError takes anything and gives an ApiError or null', () => {
    expectTypeOf(useApiError).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(useApiError(new Error('x'))).toEqualTypeOf<ApiError | null>()
  })

  it('useQueryError takes every kind of query and mutation result', () => {
    expectTypeOf(useQueryError(useQuery({ queryKey: ['a'], queryFn }))).toEqualTypeOf<QueryErrorState>()
    expectTypeOf(useQueryError(useSuspenseQuery({ queryKey: ['a'], queryFn }))).toEqualTypeOf<QueryErrorState>()
    expectTypeOf(useQueryError(useInfiniteQuery({ queryKey: ['a'], queryFn, initialPageParam: 0, getNextPageParam: () => 1 }))).toEqualTypeOf<QueryErrorState>()
    expectTypeOf(useQueryError(useMutation({ mutationFn: (name: string) => Promise.resolve(name) }))).toEqualTypeOf<QueryErrorState>()
    expectTypeOf(useQueryError(useQuery<number, ApiError>({ queryKey: ['a'], queryFn }))).toEqualTypeOf<QueryErrorState>()
    expectTypeOf<QueryErrorState['error']>().toEqualTypeOf<ApiError | null>()
    expectTypeOf<QueryErrorState['retryAt']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<QueryErrorState['retry']>().toEqualTypeOf<() => void>()
    // @ts-expect-error: a bare error is not a result
    useQueryError(new Error('x'))
  })

  it('useCountdown takes a time, a Date or a wait', () => {
    expectTypeOf(useCountdown(Date.now() + 1000)).toEqualTypeOf<Countdown>()
    expectTypeOf(useCountdown(new Date())).toEqualTypeOf<Countdown>()
    expectTypeOf(useCountdown({ ms: 3000, key: 'x' })).toEqualTypeOf<Countdown>()
    expectTypeOf(useCountdown(undefined)).toEqualTypeOf<Countdown>()
    // @ts-expect-error: not a time
    useCountdown('soon')
  })

  it('useFieldErrors and useQueryErrorNotices give plain data', () => {
    const fields = useFieldErrors(useMutation({ mutationFn: queryFn }).error)
    expectTypeOf(fields.fieldErrors).toEqualTypeOf<FieldErrors>()
    expectTypeOf(fields.messagesFor).returns.toEqualTypeOf<readonly string[]>()
    expectTypeOf(useQueryErrorNotices().notices).toEqualTypeOf<readonly QueryErrorNotice[]>()
    expectTypeOf<QueryErrorNotice['error']>().toEqualTypeOf<ApiError>()
  })
})

describe('TanStack Query option types', () => {
  it('the policy drops into retry and retryDelay of queries and mutations', () => {
    const policy = createRetryPolicy()
    expectTypeOf(shouldRetry).toExtend<NonNullable<UseQueryOptions['retry']>>()
    expectTypeOf(retryDelay).toExtend<NonNullable<UseQueryOptions['retryDelay']>>()
    expectTypeOf(policy.shouldRetry).toExtend<NonNullable<UseQueryOptions<number, ApiError>['retry']>>()
    useMutation({ mutationFn: queryFn, retry: shouldRetryMutation, retryDelay })
    useQuery({ queryKey: ['a'], queryFn, throwOnError: throwToBoundary })
  })

  it('withApiErrorDefaults gives a QueryClientConfig', () => {
    expectTypeOf(withApiErrorDefaults()).toEqualTypeOf<QueryClientConfig>()
    expectTypeOf(subscribeToQueryErrors(new QueryClient(), () => {})).toEqualTypeOf<() => void>()
  })

  it('createTokenRefresh keeps the wrapped function’s signature', () => {
    const withTokenRefresh = createTokenRefresh({ refresh: () => Promise.resolve() })
    expectTypeOf(withTokenRefresh(fetch)).toEqualTypeOf<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>()
    expectTypeOf(withTokenRefresh((id: number) => Promise.resolve(String(id)))).toEqualTypeOf<(id: number) => Promise<string>>()
  })
})
