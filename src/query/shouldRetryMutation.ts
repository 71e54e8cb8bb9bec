import { classifyError, shouldRetry, type ClassifyOptions, type RetryPolicy } from '../core/index.js'

// Methods that may be sent twice with the effect of once (RFC 9110 §9.2.2).
const repeatable = /^(get|head|options|trace|put|delete)$/i

type Bag = Record<string, unknown> | undefined

/**
 * The HTTP method of the failed request: the `ApiError`'s own `method`, else
 * what the client's error names (axios `config.method`, ky `request.method`,
 * ofetch `options.method`).
 */
function methodOf(apiError: object, thrown: unknown): unknown {
  const own = (apiError as Bag)?.method
  if (own !== undefined) return own
  const error = thrown as Bag
  return (error?.config as Bag)?.method ?? (error?.request as Bag)?.method ?? (error?.options as Bag)?.method
}

/**
 * Whether a failed mutation may be sent again without doing its work twice:
 * its method is idempotent (GET, PUT, DELETE, ...) as far as the thrown value
 * tells (axios, ky and ofetch errors say), or it failed with no response at
 * all (`network`). A POST that got a 503 is not repeated: the server may
 * have acted on it.
 *
 * @example
 * ```ts
 * canRepeatMutation(new TypeError('Failed to fetch')) // true
 * ```
 */
export function canRepeatMutation(error: unknown, classify?: ClassifyOptions): boolean {
  const apiError = classifyError(error, classify)
  if (apiError.category === 'network' && apiError.status === undefined) return true
  return repeatable.test(String(methodOf(apiError, apiError.cause ?? error)))
}

/**
 * A mutation's `retry`: the retry policy, applied only where
 * {@link canRepeatMutation} says repeating is safe. To let a mutation that
 * is safe to repeat for another reason (an `Idempotency-Key` header, a PUT
 * sent with `fetch`) retry like a query, give it the query policy:
 * `useMutation({ mutationFn, retry: shouldRetry, retryDelay })`.
 *
 * @example
 * ```ts
 * useMutation({ mutationFn: saveMeter, retry: shouldRetryMutation, retryDelay })
 * ```
 */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return canRepeatMutation(error) && shouldRetry(failureCount, error)
}

/** {@link shouldRetryMutation} for a policy and classify options of one's own, read at each call. */
export function mutationRetry(policy: RetryPolicy, classify: () => ClassifyOptions | undefined): RetryPolicy['shouldRetry'] {
  return (failureCount, error) => canRepeatMutation(error, classify()) && policy.shouldRetry(failureCount, error)
}
