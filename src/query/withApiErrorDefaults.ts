import { MutationCache, QueryCache, type QueryClientConfig } from '@tanstack/react-query'
import { classifyError, createRetryPolicy, type ApiError, type ClassifyOptions, type RetryPolicyOptions } from '../core/index.js'
import { trackRetryDelay } from './retrySchedule.js'
import { mutationRetry } from './shouldRetryMutation.js'
import { throwToBoundary } from './throwToBoundary.js'

/**
 * The library's side of {@link withApiErrorDefaults}. Every field is optional.
 *
 * @example
 * ```ts
 * const options: ApiErrorDefaultsOptions = { policy: { maxRetries: 2 }, onError: (error) => log(error) }
 * ```
 */
export interface ApiErrorDefaultsOptions {
  /** The numbers of the retry policy (see `createRetryPolicy`). */
  policy?: RetryPolicyOptions
  /** Options for classifying what queries and mutations throw. */
  classify?: ClassifyOptions
  /** Called once per failed query fetch (after its retries) or mutation; not for cancels. */
  onError?: (error: ApiError) => void
  /**
   * Called on a 401, once until a query or mutation succeeds again. If you use
   * `createTokenRefresh`, give it `onUnauthenticated` there instead.
   */
  onUnauthenticated?: (error: ApiError) => void
}

/**
 * A `QueryClient` configuration with the library's defaults under yours:
 * queries retry with `shouldRetry` and `retryDelay` (whose timing
 * `useQueryError` can show), throw to a boundary only what
 * `throwToBoundary` says; mutations retry only where `canRepeatMutation`
 * allows; both caches report failures to `onError` and `onUnauthenticated`.
 * Any option you set wins; caches you pass keep their own callbacks, which
 * run first.
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient(
 *   withApiErrorDefaults({ defaultOptions: { queries: { staleTime: 30_000 } } }, { onError: reportToMonitoring }),
 * )
 * ```
 */
export function withApiErrorDefaults(config: QueryClientConfig = {}, options: ApiErrorDefaultsOptions = {}): QueryClientConfig {
  const { policy: numbers, classify, onError, onUnauthenticated } = options
  const policy = createRetryPolicy({ classify, ...numbers })
  const mutationShouldRetry = mutationRetry(policy)
  let signedOut = false
  const report = (thrown: unknown) => {
    const error = classifyError(thrown, classify)
    if (error.category === 'aborted') return
    onError?.(error)
    if (error.category === 'unauthenticated' && !signedOut) {
      signedOut = true
      onUnauthenticated?.(error)
    }
  }
  const signedIn = () => void (signedOut = false)

  const queryCache = config.queryCache ?? new QueryCache()
  const mutationCache = config.mutationCache ?? new MutationCache()
  const queries = queryCache.config
  const mutations = mutationCache.config
  queryCache.config = {
    ...queries,
    onError: (error, query) => (queries.onError?.(error, query), report(error)),
    onSuccess: (data, query) => (queries.onSuccess?.(data, query), signedIn()),
  }
  mutationCache.config = {
    ...mutations,
    onError: async (error, ...rest) => (await mutations.onError?.(error, ...rest), report(error)),
    onSuccess: async (data, ...rest) => (await mutations.onSuccess?.(data, ...rest), signedIn()),
  }

  const defaults = config.defaultOptions ?? {}
  return {
    ...config,
    queryCache,
    mutationCache,
    defaultOptions: {
      ...defaults,
      queries: { retry: policy.shouldRetry, retryDelay: trackRetryDelay(policy.retryDelay, policy.shouldRetry), throwOnError: throwToBoundary, ...defaults.queries },
      mutations: { retry: mutationShouldRetry, retryDelay: trackRetryDelay(policy.retryDelay, mutationShouldRetry), ...defaults.mutations },
    },
  }
}
