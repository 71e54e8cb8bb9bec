import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { ApiError, ApiProfile, ClassifyOptions } from '../core/index.js'
import type { MessageOverrides } from '../messages/Messages.js'

/**
 * What an app tells the library once, at its root. Every field is optional:
 * without a provider the library speaks English and calls nothing.
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider locale="fr" messages={fr} supportUrl="mailto:help@example.com" onUnauthenticated={() => router.push('/sign-in')}>
 *   <App />
 * </ApiErrorsProvider>
 * ```
 */
export interface ApiErrorsConfig {
  /** BCP 47 locale for numbers, plurals and durations. Default: the catalog's `locale`, else `'en'`. */
  locale?: string
  /**
   * A catalog (`fr` from `react-api-errors/locales/fr`) and/or overrides of any
   * key, merged over English: `{ ...fr, 'not_found.title': 'Station introuvable' }`.
   * Copy for your own codes goes under `<code>.title` / `.description` / `.action`.
   */
  messages?: MessageOverrides
  /** Whether the server's own words may be shown where they are meant for people (see `describeError`). Default `true`. */
  serverText?: boolean | ((error: ApiError) => boolean)
  /** Where "Contact support" leads: an `https:` or `mailto:` URL. Without it (or `onContactSupport`) the action is not offered. */
  supportUrl?: string
  /** Called by "Contact support" instead of following `supportUrl`: open a chat, a form. */
  onContactSupport?: (error: ApiError) => void
  /** Options for every classification made by hooks and components. */
  classify?: ClassifyOptions
  /** Called once when the user must sign in again (a 401 that a refresh did not cure). */
  onUnauthenticated?: (error: ApiError) => void
  /** Called once per failing query or mutation: for toasts, logging, monitoring. */
  onError?: (error: ApiError) => void
  /** What the "Sign in" button does. Without it (and without `onUnauthenticated`) no sign-in button is shown. */
  onSignIn?: (error: ApiError) => void
  /** What the "Reload" action of a conflict does: refetch the record the user edits. */
  onReload?: (error: ApiError) => void
  /** The APIs the app talks to: their names, codes' copy, support contacts, languages and quirks. */
  profiles?: readonly ApiProfile[]
  /** The language (BCP 47) the app's APIs write their messages in, where no profile says. Default `'en'`. */
  serverLanguage?: string
  /** Supplies every word from the app's own i18n library (react-i18next, FormatJS); `fallback` is the library's own text. */
  translate?: (key: string, values: Readonly<Record<string, string | number>> | undefined, fallback: string) => string
  /** Server field paths to the form's field names: a record, or a function of the path. */
  fieldNames?: Readonly<Record<string, string>> | ((path: string) => string)
}

const ApiErrorsContext = createContext<ApiErrorsConfig>({})

/**
 * Gives hooks and components the app's messages, classifier options and
 * callbacks. A provider inside another inherits what it does not set, and its
 * `messages` are merged over the outer ones.
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider onUnauthenticated={signOut}><Dashboard /></ApiErrorsProvider>
 * <ApiErrorsProvider messages={{ 'not_found.title': 'No such station' }}><StationPage /></ApiErrorsProvider>
 * ```
 */
export function ApiErrorsProvider({ children, ...config }: ApiErrorsConfig & { children?: ReactNode }) {
  const outer = useContext(ApiErrorsContext)
  const { locale, classify, onUnauthenticated, onError, messages, serverText, supportUrl, onContactSupport } = config
  const value = useMemo(() => {
    const inner: ApiErrorsConfig = { locale, classify, onUnauthenticated, onError, serverText, supportUrl, onContactSupport }
    const merged: Record<string, unknown> = { ...outer }
    for (const [key, setting] of Object.entries(inner) as [string, unknown][]) if (setting !== undefined) merged[key] = setting
    merged.messages = outer.messages && messages ? { ...outer.messages, ...messages } : (messages ?? outer.messages)
    return merged
  }, [outer, locale, classify, onUnauthenticated, onError, messages, serverText, supportUrl, onContactSupport])
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
