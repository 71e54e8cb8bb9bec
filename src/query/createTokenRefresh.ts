import { classifyError, type ClassifyOptions } from '../core/index.js'
import { isResponse } from '../core/isResponse.js'
import { classifyOptionsForCall } from './sharedClassify.js'
import { createSignOutLatch } from './signOutLatch.js'

/**
 * How {@link createTokenRefresh} renews a session.
 *
 * @example
 * ```ts
 * const options: TokenRefreshOptions = { refresh: renewToken, timeoutMs: 5000 }
 * ```
 */
export interface TokenRefreshOptions {
  /** Gets a new token and stores it where your requests read it. Rejects if it cannot. */
  refresh: () => Promise<unknown>
  /** A refresh that takes longer has failed. Default 10,000 ms. */
  timeoutMs?: number
  /**
   * Options for classifying what the requests throw. It classifies first (a
   * thrown value's 401), so give it the app's adapters when one reads a 401.
   * Wrapping a `queryFn` or `mutationFn` itself, it also uses what the
   * client's `ApiErrorsProvider` shares.
   */
  classify?: ClassifyOptions
}

/** Wraps a request function (a `fetch`, a `queryFn`, a `mutationFn`) with the 401 path. */
export type WithTokenRefresh = <A extends unknown[], R>(request: (...args: A) => Promise<R>) => (...args: A) => Promise<R>

interface Outcome {
  unauthorized: boolean
  thrown: boolean
  value: unknown
}

function bounded(work: Promise<unknown>, ms: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('Token refresh timed out', 'TimeoutError')), ms)
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}

/**
 * The 401 path, shared by every request it wraps: on a 401, runs `refresh()`
 * once however many requests failed together, then repeats each request once.
 * A request that still gets 401, or whose refresh fails or times out, fails
 * with that 401: the `QueryClient` configured by `withApiErrorDefaults` then
 * calls its `onUnauthenticated` once. Until a request made after that
 * succeeds, further 401s fail at once without refreshing again. A 403 is
 * never refreshed. Requests must read the token afresh on each call.
 *
 * @example
 * ```ts
 * const withTokenRefresh = createTokenRefresh({ refresh: renewToken })
 * const authFetch = withTokenRefresh((url: string) => fetch(url, { headers: { Authorization: `Bearer ${token()}` } }))
 * useQuery({ queryKey: ['stations'], queryFn: async () => json(await authFetch('/api/stations')) })
 * ```
 */
export function createTokenRefresh(options: TokenRefreshOptions): WithTokenRefresh {
  const { refresh, timeoutMs = 10_000, classify } = options
  let refreshes = 0 // successful refreshes so far
  let pending: Promise<boolean> | undefined
  // Given up (the refresh failed, or its token was refused): no refresh until a success.
  const latch = createSignOutLatch()

  // A fetch that resolves with a 401 `Response` counts the same as one that
  // throws it. Other results are data: never classified (that would keep an
  // ApiError for every payload).
  const isUnauthorized = (value: unknown, thrown: boolean, classifyWith: ClassifyOptions | undefined) => {
    if (isResponse(value)) return value.status === 401
    return thrown && classifyError(value, classifyWith).status === 401
  }

  async function runRefresh(): Promise<boolean> {
    try {
      await bounded(Promise.resolve(refresh()), timeoutMs)
      refreshes++
      return true
    } catch {
      return false
    }
  }
  // One refresh for every 401 that arrives while it runs. Cleared when it
  // settles (a callback always runs after the assignment, even for a refresh
  // that throws at once).
  function renew(): Promise<boolean> {
    if (!pending) {
      pending = runRefresh().finally(() => {
        pending = undefined
      })
    }
    return pending
  }

  return <A extends unknown[], R>(request: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const classifyWith = classifyOptionsForCall(args, classify)
      const refreshesBefore = refreshes
      const attempt = async (): Promise<Outcome> => {
        try {
          const value = await request(...args)
          return { unauthorized: isUnauthorized(value, false, classifyWith), thrown: false, value }
        } catch (error: unknown) {
          return { unauthorized: isUnauthorized(error, true, classifyWith), thrown: true, value: error }
        }
      }

      const signOutsBefore = latch.signOuts
      let outcome = await attempt()
      if (outcome.unauthorized && !latch.signedOut) {
        // A refresh that ended after this request left means it carried the old token: just repeat it.
        const refreshed = refreshes !== refreshesBefore || (await renew())
        if (refreshed) outcome = await attempt()
        if (outcome.unauthorized) latch.unauthenticated(classifyError(outcome.value, classifyWith))
      } else if (!outcome.unauthorized && !outcome.thrown && latch.signOuts === signOutsBefore) {
        // Signed in again, by a request that started after the last give-up: the next 401 may refresh.
        latch.succeeded()
      }
      if (outcome.thrown) throw outcome.value
      return outcome.value as R
    }
}
