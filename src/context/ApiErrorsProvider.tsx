import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { ApiError, ApiProfile, ClassifyOptions } from '../core/index.js'
import type { MessageOverrides, Translate } from '../messages/Messages.js'
import type { FieldNames } from '../messages/fieldNames.js'

/**
 * What an app tells the library once, at its root. Every field is optional:
 * without a provider the library speaks English and calls nothing.
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider locale="fr" messages={fr} supportUrl="mailto:help@example.com" onSignIn={() => router.push('/sign-in')}>
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
  /**
   * Where "Contact support" leads: an `https:` or `mailto:` URL. Without it (or
   * `onContactSupport`) the action is offered only where an API's profile has a
   * `supportUrl` of its own ("Contact Persium support").
   */
  supportUrl?: string
  /** Called by "Contact support" instead of following `supportUrl`: open a chat, a form. */
  onContactSupport?: (error: ApiError) => void
  /**
   * Options for every classification made by hooks and components and,
   * inside a `QueryClientProvider`, by what `withApiErrorDefaults` and
   * `withApiErrors` installed for that client (the outermost provider's).
   */
  classify?: ClassifyOptions
  /**
   * What the "Sign in" button does. Without it no sign-in button is shown. (The
   * automatic, once-only sign-out is `withApiErrorDefaults`' `onUnauthenticated`;
   * its `onError` reports every failure.)
   */
  onSignIn?: (error: ApiError) => void
  /** What the "Reload" action of a conflict does: refetch the record the user edits. */
  onReload?: (error: ApiError) => void
  /**
   * The APIs the app talks to (`react-api-errors/apis/*`, or your own): their
   * names, codes' copy, support contacts, languages and quirks. Every
   * classification under the provider matches failures against them; an inner
   * provider's come before the outer's.
   */
  profiles?: readonly ApiProfile[]
  /** The language (BCP 47) the app's APIs write their messages in, where no profile says. Their words show only to readers of it. Default `'en'`. */
  serverLanguage?: string
  /** Supplies every word from the app's own i18n library (react-i18next, FormatJS); `fallback` is the library's own text. */
  translate?: Translate
  /** Server field paths to the form's field names: a record, or a function of the path. */
  fieldNames?: FieldNames
}

const ApiErrorsContext = createContext<ApiErrorsConfig>({})

const unique = <T,>(items: readonly T[]): readonly T[] => [...new Set(items)]

/** The outer configuration with the inner one's settings over it. */
function mergeConfig(outer: ApiErrorsConfig, inner: ApiErrorsConfig): ApiErrorsConfig {
  const merged: Record<string, unknown> = { ...outer }
  for (const [key, setting] of Object.entries(inner) as [string, unknown][]) if (setting !== undefined) merged[key] = setting
  const config = merged as ApiErrorsConfig
  config.messages = outer.messages && inner.messages ? { ...outer.messages, ...inner.messages } : (inner.messages ?? outer.messages)
  const profiles = unique([...(inner.profiles ?? []), ...(outer.profiles ?? [])])
  if (profiles.length > 0) {
    config.profiles = profiles
    // So that every classification made under the provider names the API.
    config.classify = { ...config.classify, profiles: unique([...profiles, ...(config.classify?.profiles ?? [])]) }
  }
  return config
}

/**
 * Gives hooks and components the app's messages, classifier options, API
 * profiles and callbacks. A provider inside another inherits what it does not
 * set; its `messages` are merged over the outer ones and its `profiles` come
 * before the outer ones. The root entry's `ApiErrorsProvider` is this one
 * plus sharing the classify options with the QueryClient above it
 * (`src/query/ApiErrorsProvider.tsx`: this layer knows no TanStack Query).
 *
 * @example
 * ```tsx
 * <ApiErrorsProvider onSignIn={signIn} profiles={[persium]}><Dashboard /></ApiErrorsProvider>
 * <ApiErrorsProvider messages={{ 'not_found.title': 'No such station' }}><StationPage /></ApiErrorsProvider>
 * ```
 */
export function ApiErrorsProvider({ children, ...config }: ApiErrorsConfig & { children?: ReactNode }) {
  const outer = useContext(ApiErrorsContext)
  const { locale, messages, serverText, supportUrl, onContactSupport, classify, onSignIn, onReload, profiles, serverLanguage, translate, fieldNames } = config
  const value = useMemo(
    () => mergeConfig(outer, { locale, messages, serverText, supportUrl, onContactSupport, classify, onSignIn, onReload, profiles, serverLanguage, translate, fieldNames }),
    [outer, locale, messages, serverText, supportUrl, onContactSupport, classify, onSignIn, onReload, profiles, serverLanguage, translate, fieldNames],
  )
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
