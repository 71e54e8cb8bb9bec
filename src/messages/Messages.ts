import type { ApiError } from '../core/index.js'
import type { MessageValues } from './createTranslator.js'
import type { MessageKey } from './en.js'

/**
 * A full catalog: every key of the English one (see `en`). Write one to ship
 * another language.
 *
 * @example
 * ```ts
 * const de: Messages = { ...en, locale: 'de', 'not_found.title': 'Nicht gefunden', ... }
 * ```
 */
export type Messages = Readonly<Record<MessageKey, string>>

/**
 * Words that replace the catalog's: any known key, and copy for your own server
 * codes or problem types as `<code>.title` / `<code>.description` /
 * `<code>.action`. A key missing here falls back to the catalog, then to English.
 *
 * @example
 * ```ts
 * const overrides: MessageOverrides = { 'not_found.title': 'No such station', 'quota_exceeded.title': 'Plan limit reached' }
 * ```
 */
export type MessageOverrides = { readonly [K in MessageKey]?: string } & { readonly [key: string]: string | undefined }

/**
 * How errors are put into words. Every field is optional: the default is English.
 *
 * @example
 * ```ts
 * import { fr } from 'react-api-errors/locales/fr'
 * describeError(error, { locale: 'fr', messages: fr })
 * ```
 */
export interface MessageOptions {
  /** BCP 47 locale for numbers, plurals and durations. Default: the catalog's `locale`, else `'en'`. */
  locale?: string
  /** A catalog (such as `fr`) and/or overrides, merged over English. */
  messages?: MessageOverrides
  /**
   * Whether the server's own text may be shown where it is meant for people
   * (an envelope's `message`, a problem's `detail`, short plain text, never
   * for a 404 or a 5xx). Default `true`; a function decides which errors'
   * text may be shown (HTML, 404s and 5xx are still never shown).
   */
  serverText?: boolean | ((error: ApiError) => boolean)
  /**
   * The language (BCP 47) the APIs write their messages in, where no profile
   * says. Their words are shown only to readers of that language. Default `'en'`.
   */
  serverLanguage?: string
  /** Supplies every word from the app's own i18n library; see {@link Translate}. */
  translate?: Translate
}

/**
 * The app's own i18n lookup (react-i18next's `t`, FormatJS's `formatMessage`):
 * given a key, its values and the library's own text, the words to show.
 * Returning `''` or the key itself means "not in my catalog": the library's
 * text is used. Plural keys come without their suffix (`ui.problems`) with a
 * numeric `count`; copy an API profile supplies comes as `apis/<name>/<key>`.
 *
 * @example
 * ```ts
 * const translate: Translate = (key, values, fallback) => i18next.t(key, { ...values, defaultValue: fallback })
 * ```
 */
export type Translate = (key: string, values: MessageValues | undefined, fallback: string) => string
