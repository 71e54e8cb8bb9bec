import { classifyError, type ApiError } from '../core/index.js'

/**
 * How {@link createTokenRefresh} renews a session.
 *
 * @example
 * ```ts
 * const options: TokenRefreshOptions = { refresh: renewToken, onUnauthenticated: signOut, timeoutMs: 5000 }
 * ```
 */
export interface TokenRefreshOptions {
  /** Gets a new token and stores it where your requests read it. Rejects if it cannot. */
  refresh: () => Promise<unknown>
  /** Called once when the user must sign in again: the refresh failed, or the retry still got 401. */
  onUnauthenticated?: (error: ApiError) => void
  /** A refresh that takes longer has failed. Default 10,000 ms. */
  timeoutMs?: number
}

/** Wraps a request function (a `fetch`, a `queryFn`, a `mutationFn`) with the 401 path. */
export type WithTokenRefresh = <A extends unknown[], R>(request: (...args: A) => Promise<R>) => (...args: A) => Promise<R>

// A fetch that resolves with a 401 `Response` counts the same as one that throws it.
const isUnauthorized = (value: unknown) =>
  typeof Response !== 'undefined' && value instanceof Response ? value.status === 401 : classifyError(value).status === 401

const bounded = (work: Promise<unknown>, ms: number) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('Token refresh timed out', 'TimeoutError')), ms)
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })

/**
 * The 401 path, shared by every request it wraps: on a 401, runs `refresh()`
 * once however many requests failed together, then repeats each request once.
 * A request that still gets 401, or a refresh that fails or times out, calls
 * `onUnauthenticated` once and repeats nothing; until a request made after
 * that succeeds, further 401s neither refresh nor call it again. A 403 is
 * never refreshed. Requests must read the token afresh on each call.
 *
 * @example
 * ```ts
 * const withTokenRefresh = createTokenRefresh({ refresh: renewToken, onUnauthenticated: () => router.push('/sign-in') })
 * const authFetch = withTokenRefresh((url: string) => fetch(url, { headers: { Authorization: `Bearer ${token()}` } }))
 * useQuery({ queryKey: ['stations'], queryFn: async () => json(await authFetch('/api/stations')) })
 * ```
 */
export function createTokenRefresh(options: TokenRefreshOptions): WithTokenRefresh {
  const { refresh, onUnauthenticated, timeoutMs = 10_000 } = options
  let refreshes = 0 // successful refreshes so far
  let signOuts = 0
  let signedOut = false
  let pending: Promise<boolean> | undefined

  const renew = () =>
    (pending ??= (async () => {
      try {
        await bounded(Promise.resolve(refresh()), timeoutMs)
        refreshes++
        return true
      } catch {
        return false
      } finally {
        pending = undefined
      }
    })())

  return <A extends unknown[], R>(request: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const seen = { refreshes, signOuts }
      // Settles to [unauthorized, the result or thrown value, whether it was thrown].
      const attempt = () =>
        request(...args).then(
          (value): [boolean, unknown, boolean] => [isUnauthorized(value), value, false],
          (error: unknown): [boolean, unknown, boolean] => [isUnauthorized(error), error, true],
        )

      let [unauthorized, result, thrown] = await attempt()
      if (unauthorized && !signedOut) {
        // A refresh that ended after this request left means it carried the old token: just repeat it.
        if (refreshes !== seen.refreshes || (await renew())) [unauthorized, result, thrown] = await attempt()
        if (unauthorized && !signedOut) {
          signedOut = true
          signOuts++
          onUnauthenticated?.(classifyError(result))
        }
      } else if (!unauthorized && !thrown && signOuts === seen.signOuts) {
        // Signed in again: the next 401 may refresh.
        signedOut = false
      }
      if (thrown) throw result
      return result as R
    }
}
