import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { subscribeToQueryErrors } from './subscribeToQueryErrors.js'

/**
 * Sends the failures of the `QueryClient` in context to the nearest
 * `ApiErrorsProvider`'s callbacks: `onError` once per failing query or
 * failed mutation (as `subscribeToQueryErrors` counts them), and
 * `onUnauthenticated` once for a 401, not again until a query succeeds. Call
 * it once, in a component inside both providers; then don't also give these
 * callbacks to `withApiErrorDefaults`. With `createTokenRefresh`, give
 * `onUnauthenticated` to the refresh instead, so that only a 401 it could
 * not cure signs the user out.
 *
 * @example
 * ```tsx
 * function ErrorRouting() {
 *   useRouteQueryErrors()
 *   return null
 * }
 * <QueryClientProvider client={queryClient}>
 *   <ApiErrorsProvider onError={toastError} onUnauthenticated={signOut}><ErrorRouting /><App /></ApiErrorsProvider>
 * </QueryClientProvider>
 * ```
 */
export function useRouteQueryErrors(): void {
  const client = useQueryClient()
  const config = useApiErrorsConfig()
  // The latest callbacks, without resubscribing when the provider re-renders.
  const latest = useRef(config)
  useEffect(() => {
    latest.current = config
  })
  useEffect(() => {
    let signedOut = false
    const stopSuccess = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') signedOut = false
    })
    const stopErrors = subscribeToQueryErrors(client, ({ error }) => {
      const { onError, onUnauthenticated } = latest.current
      onError?.(error)
      if (error.category === 'unauthenticated' && !signedOut) {
        signedOut = true
        onUnauthenticated?.(error)
      }
    }, config.classify)
    return () => (stopSuccess(), stopErrors())
  }, [client, config.classify])
}
