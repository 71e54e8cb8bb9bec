/**
 * A signal that aborts when `signal` does (a cancel: classified `aborted`,
 * shown as nothing) or when `ms` milliseconds have passed (a `TimeoutError`:
 * classified `timeout`, retryable). Pass it to `fetch`, ky, axios or ofetch;
 * the deadline bounds the whole request, body included, so `toApiError` never
 * waits on a body that stopped arriving.
 *
 * @example
 * ```ts
 * useQuery({
 *   queryKey: ['stations'],
 *   queryFn: async ({ signal }) => {
 *     const response = await fetch('/api/stations', { signal: withDeadline(signal, 10_000) })
 *     if (!response.ok) throw await toApiError(response)
 *     return response.json()
 *   },
 * })
 * ```
 */
export function withDeadline(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const controller = new AbortController()
  if (signal?.aborted) {
    controller.abort(signal.reason)
    return controller.signal
  }
  // A plain timer rather than AbortSignal.timeout: it runs on runtimes without
  // it (and without AbortSignal.any), and fake timers in tests move it.
  const onAbort = () => {
    clearTimeout(timer)
    controller.abort(signal?.reason)
  }
  const timer = setTimeout(() => {
    // A long-lived parent signal must not gather one listener per request.
    signal?.removeEventListener('abort', onAbort)
    controller.abort(new DOMException('The request passed its deadline.', 'TimeoutError'))
  }, ms)
  // In Node, a deadline alone never keeps the process alive.
  ;(timer as { unref?: () => void }).unref?.()
  signal?.addEventListener('abort', onAbort, { once: true })
  return controller.signal
}
