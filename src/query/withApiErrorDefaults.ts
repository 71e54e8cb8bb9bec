import { MutationCache, QueryCache, type QueryClientConfig } from '@tanstack/react-query'
import { classifyError, createRetryPolicy, type ApiError, type ClassifyOptions, type RetryPolicy, type RetryPolicyOptions } from '../core/index.js'
import { reportFailures } from './reportFailures.js'
import { trackRetryDelay } from './retrySchedule.js'
import { classifyOptionsFor } from './sharedClassify.js'
import { mutationRetry } from './shouldRetryMutation.js'
import { throwToBoundaryWith } from './throwToBoundary.js'

/** `policy` deciding on the value classified with the options read at each call. */
function classifyingWith(policy: RetryPolicy, classify: () => ClassifyOptions | undefined): RetryPolicy {
  return {
    shouldRetry: (failureCount, error) => policy.shouldRetry(failureCount, classifyError(error, classify())),
    retryDelay: (failureCount, error) => policy.retryDelay(failureCount, classifyError(error, classify())),
  }
}

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
  /**
   * Options for classifying what queries and mutations throw: the retry
   * policy, `throwToBoundary` and the reports use them, merged with what the
   * `ApiErrorsProvider` inside this client's `QueryClientProvider` shares
   * (where both set a value, these win; lists are joined, these first).
   */
  classify?: ClassifyOptions
  /**
   * Send a query's first-load failure to the nearest error boundary
   * (`throwOnError: throwToBoundary`). Default `false`: without a boundary
   * above every query, a thrown error unmounts the app. Suspense queries
   * throw to their boundary whatever this says.
   */
  throwToBoundary?: boolean
  /** Called once per failed query fetch (after its retries) and per failed mutation; not for cancels. */
  onError?: (error: ApiError) => void
  /**
   * Called on a 401 that nothing cured (with `createTokenRefresh`: one its
   * refresh could not cure), once until a query or mutation succeeds again.
   * The one place for the automatic sign-out; what the "Sign in" button does
   * is the provider's `onSignIn`.
   */
  onUnauthenticated?: (error: ApiError) => void
}

/**
 * A `QueryClient` configuration with the library's defaults under yours:
 * queries retry with `shouldRetry` and `retryDelay` (whose timing
 * `useQueryError` can show); mutations retry only where `canRepeatMutation`
 * allows; failures go to `onError` and `onUnauthenticated`. It subscribes to
 * the caches: caches you pass keep their own callbacks untouched, and
 * configuring the same caches twice still reports each failure once (the
 * later options win). Nothing is thrown to an error boundary unless you ask
 * (`throwToBoundary: true`). Any default option you set wins. Each
 * classification also uses the `classify` options and `profiles` of the
 * `ApiErrorsProvider` mounted inside this client's `QueryClientProvider`.
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient(
 *   withApiErrorDefaults({ defaultOptions: { queries: { staleTime: 30_000 } } }, { onError: reportToMonitoring, onUnauthenticated: signOut }),
 * )
 * ```
 */
export function withApiErrorDefaults(config: QueryClientConfig = {}, options: ApiErrorDefaultsOptions = {}): QueryClientConfig {
  const { classify, onError, onUnauthenticated } = options
  const queryCache = config.queryCache ?? new QueryCache()
  const mutationCache = config.mutationCache ?? new MutationCache()
  // Read at each call, not now: the provider mounts after the client is made.
  const classifyNow = () => classifyOptionsFor(queryCache, classify)
  const policyClassify = () => classifyOptionsFor(queryCache, options.policy?.classify ?? classify)
  const policy = classifyingWith(createRetryPolicy(options.policy), policyClassify)
  const mutationShouldRetry = mutationRetry(policy, classifyNow)
  reportFailures(queryCache, mutationCache, { classify: classifyNow, onError, onUnauthenticated })

  const defaults = config.defaultOptions ?? {}
  const queries = {
    retry: policy.shouldRetry,
    retryDelay: trackRetryDelay(policy.retryDelay, policy.shouldRetry),
    ...(options.throwToBoundary ? { throwOnError: throwToBoundaryWith(classifyNow) } : {}),
    ...defaults.queries,
  }
  const mutations = {
    retry: mutationShouldRetry,
    retryDelay: trackRetryDelay(policy.retryDelay, mutationShouldRetry),
    ...defaults.mutations,
  }
  return { ...config, queryCache, mutationCache, defaultOptions: { ...defaults, queries, mutations } }
}
