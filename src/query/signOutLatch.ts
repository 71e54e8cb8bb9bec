import type { ApiError } from '../core/index.js'

/**
 * "Signed out once until a success": the one rule every 401 path follows.
 * The first 401 after a success (or ever) latches it and calls the callback;
 * those after it do nothing, until a request succeeds again.
 */
export interface SignOutLatch {
  /** Whether a 401 latched it and nothing has succeeded since. */
  readonly signedOut: boolean
  /** How many times it has latched: tells a request that started before a sign-out from one after. */
  readonly signOuts: number
  /** A 401 nothing cured. Returns whether it was the one that latched. */
  unauthenticated: (error: ApiError, onUnauthenticated?: (error: ApiError) => void) => boolean
  /** A request succeeded: the user is signed in again. */
  succeeded: () => void
}

/** A latch in the signed-in state. */
export function createSignOutLatch(): SignOutLatch {
  let signedOut = false
  let signOuts = 0
  return {
    get signedOut() {
      return signedOut
    },
    get signOuts() {
      return signOuts
    },
    unauthenticated(error, onUnauthenticated) {
      if (signedOut) return false
      signedOut = true
      signOuts++
      onUnauthenticated?.(error)
      return true
    },
    succeeded() {
      signedOut = false
    },
  }
}
