import { classifyError } from './classifyError.js'
import type { ClassifyOptions } from './ClassifyOptions.js'

/**
 * The numbers of a {@link createRetryPolicy} policy. Every field has a default.
 *
 * @example
 * ```ts
 * createRetryPolicy({ maxRetries: 5, maxRetryAfterMs: 120_000 })
 * ```
 */
export interface RetryPolicyOptions {
  /** Retries after the first failure. Default 3. */
  maxRetries?: number
  /** Backoff before the first retry, doubled for each one after. Default 1,000 ms. */
  baseDelayMs?: number
  /** The longest backoff. Default 30,000 ms. */
  maxDelayMs?: number
  /** A `Retry-After` longer than this is not waited out automatically. Default 60,000 ms. */
  maxRetryAfterMs?: number
  /** Jitter added to a `Retry-After`, as a share of it... Default 0.1. */
  jitterRatio?: number
  /** ...and at most this much. Default 1,000 ms. */
  maxJitterMs?: number
  /** A number in [0, 1). Default `Math.random`; pass a fixed one in tests. */
  random?: () => number
  /** Options for classifying what was thrown. */
  classify?: ClassifyOptions
}

/**
 * `retry` and `retryDelay` with TanStack Query's signatures: `failureCount` is
 * 0 at the first failure.
 */
export interface RetryPolicy {
  shouldRetry: (failureCount: number, error: unknown) => boolean
  retryDelay: (failureCount: number, error: unknown) => number
}

/**
 * A retry policy with its own numbers. Retries only `retryable` errors (never
 * a 4xx other than 408 and 429, never `aborted` or `unknown`). With a
 * `Retry-After`, waits that long plus a jitter of at most 10% or 1 s, and not
 * at all past `maxRetryAfterMs`; otherwise backs off 1 s, 2 s, 4 s with full
 * jitter.
 *
 * @example
 * ```ts
 * const { shouldRetry, retryDelay } = createRetryPolicy({ maxRetries: 2 })
 * new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } })
 * ```
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const {
    maxRetries = 3, baseDelayMs = 1000, maxDelayMs = 30_000, maxRetryAfterMs = 60_000,
    jitterRatio = 0.1, maxJitterMs = 1000, random = Math.random, classify,
  } = options
  return {
    shouldRetry: (failureCount, error) => {
      const { retryable, retryAfterMs = 0 } = classifyError(error, classify)
      return retryable && failureCount < maxRetries && retryAfterMs <= maxRetryAfterMs
    },
    retryDelay: (failureCount, error) => {
      const wait = classifyError(error, classify).retryAfterMs
      return wait === undefined
        ? random() * Math.min(maxDelayMs, baseDelayMs * 2 ** failureCount)
        : Math.min(wait, maxRetryAfterMs) + random() * Math.min(wait * jitterRatio, maxJitterMs)
    },
  }
}

const defaults = /* @__PURE__ */ createRetryPolicy()

/**
 * The default policy's `retry`: at most 3 retries, of retryable errors only.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['stations'], queryFn, retry: shouldRetry, retryDelay })
 * ```
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return defaults.shouldRetry(failureCount, error)
}

/**
 * The default policy's `retryDelay` in milliseconds: `Retry-After` plus a
 * little jitter, else 1 s, 2 s, 4 s with full jitter.
 *
 * @example
 * ```ts
 * await sleep(retryDelay(attempt, error))
 * ```
 */
export function retryDelay(failureCount: number, error: unknown): number {
  return defaults.retryDelay(failureCount, error)
}
