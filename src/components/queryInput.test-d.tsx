import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import { useQueryError } from '../query/useQueryError.js'
import { ErrorAlert, type ErrorAlertProps } from './ErrorAlert.js'
import type { QueryOrError } from './queryInput.js'
import { RetryPrompt, type RetryPromptProps } from './RetryPrompt.js'

declare const query: UseQueryResult<number>
const retry = () => {}

describe('query= XOR error= (one shared union)', () => {
  it('both components take a query, or its useQueryError state, or an error', () => {
    expectTypeOf(<ErrorAlert query={query} />).not.toBeAny()
    expectTypeOf(<ErrorAlert error={query.error} />).not.toBeAny()
    expectTypeOf(<RetryPrompt query={query} />).not.toBeAny()
    expectTypeOf(<RetryPrompt query={useQueryError(useQuery({ queryKey: ['a'], queryFn: () => 1 }))} />).not.toBeAny()
    expectTypeOf(<RetryPrompt error={query.error} onRetry={retry} />).not.toBeAny()
  })

  it('never both, and a prompt given an error needs onRetry', () => {
    // @ts-expect-error: query and error together
    expectTypeOf(<ErrorAlert query={query} error={query.error} />).not.toBeAny()
    // @ts-expect-error: query and error together
    expectTypeOf(<RetryPrompt query={query} error={query.error} onRetry={retry} />).not.toBeAny()
    // @ts-expect-error: an error alone cannot retry
    expectTypeOf(<RetryPrompt error={query.error} />).not.toBeAny()
  })

  it('is the same type in both components', () => {
    expectTypeOf<Pick<Extract<ErrorAlertProps, { query: unknown }>, 'query' | 'error'>>().toEqualTypeOf<Pick<Extract<QueryOrError<{ onRetry?: () => unknown }>, { query: unknown }>, 'query' | 'error'>>()
    expectTypeOf<Extract<RetryPromptProps, { query?: never }>['onRetry']>().toEqualTypeOf<() => unknown>()
  })
})
