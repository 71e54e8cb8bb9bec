import { isCancelledError, type MutationCache, type QueryCache } from '@tanstack/react-query'
import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { createSignOutLatch, type SignOutLatch } from './signOutLatch.js'

/** What a {@link reportFailures} subscription calls; the latest call's settings win. */
export interface FailureReports {
  /** The classify options, read at each failure (a provider may share its own after the client is made). */
  classify?: () => ClassifyOptions | undefined
  onError?: (error: ApiError) => void
  onUnauthenticated?: (error: ApiError) => void
}

interface Reporter {
  settings: FailureReports
  latch: SignOutLatch
}

// One subscription per cache, however many times it is configured, so that
// configuring the same caches twice does not report each failure twice.
const reporters = new WeakMap<QueryCache | MutationCache, Reporter>()

function report(reporter: Reporter, thrown: unknown) {
  // A cancel is not a failure: the user or a newer fetch stopped the request.
  if (isCancelledError(thrown)) return
  const { classify, onError, onUnauthenticated } = reporter.settings
  const error = classifyError(thrown, classify?.())
  if (error.category === 'aborted') return
  onError?.(error)
  if (error.category === 'unauthenticated') reporter.latch.unauthenticated(error, onUnauthenticated)
}

/**
 * Subscribes to the caches (their own `onError` / `onSuccess` stay as the
 * caller set them): each failed query fetch (after its retries) and each
 * failed mutation goes to `onError`; a 401 goes to `onUnauthenticated` once
 * until a query or mutation succeeds.
 */
export function reportFailures(queryCache: QueryCache, mutationCache: MutationCache, settings: FailureReports): void {
  const reporter = reporters.get(queryCache) ?? reporters.get(mutationCache) ?? { settings, latch: createSignOutLatch() }
  reporter.settings = settings
  if (!reporters.has(queryCache)) {
    reporters.set(queryCache, reporter)
    queryCache.subscribe((event) => {
      if (event.type !== 'updated') return
      const { action } = event
      if (action.type === 'error') report(reporter, action.error)
      // `setQueryData` is a success too, but says nothing about the session.
      if (action.type === 'success' && !action.manual) reporter.latch.succeeded()
    })
  }
  if (!reporters.has(mutationCache)) {
    reporters.set(mutationCache, reporter)
    mutationCache.subscribe((event) => {
      if (event.type !== 'updated') return
      if (event.action.type === 'error') report(reporter, event.action.error)
      if (event.action.type === 'success') reporter.latch.succeeded()
    })
  }
}
