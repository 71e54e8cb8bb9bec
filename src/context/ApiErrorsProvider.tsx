import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { ApiError, ClassifyOptions } from '../core/index.js'

/**
 * What an app tells the library once, at its root. Every field is optional:
 * without a provider the library speaks English and calls nothing.
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider locale="fr" onUnauthenticated={() => router.push('/sign-in')}>
 *   <App />
 * </ApiErrorsProvider>
 * ```
 */
export interface ApiErrorsConfig {
  /** BCP 47 locale for messages and number formatting. Default `'en'`. */
  locale?: string
  /** Options for every classification made by hooks and components. */
  classify?: ClassifyOptions
  /** Called once when the user must sign in again (a 401 that a refresh did not cure). */
  onUnauthenticated?: (error: ApiError) => void
  /** Called once per failing query or mutation: for toasts, logging, monitoring. */
  onError?: (error: ApiError) => void
}

const ApiErrorsContext = createContext<ApiErrorsConfig>({})

/**
 * Gives hooks and components the app's messages, classifier options and
 * callbacks.
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider onUnauthenticated={signOut}><Dashboard /></ApiErrorsProvider>
 * ```
 */
export function ApiErrorsProvider({ children, ...config }: ApiErrorsConfig & { children?: ReactNode }) {
  const { locale, classify, onUnauthenticated, onError } = config
  const value = useMemo(() => ({ locale, classify, onUnauthenticated, onError }), [locale, classify, onUnauthenticated, onError])
  return <ApiErrorsContext.Provider value={value}>{children}</ApiErrorsContext.Provider>
}

/**
 * The nearest provider's configuration, `{}` without one.
 *
 * @example
 * ```ts
 * const { locale = 'en' } = useApiErrorsConfig()
 * ```
 */
export function useApiErrorsConfig(): ApiErrorsConfig {
  return useContext(ApiErrorsContext)
}
