import type { ApiError, ApiProfile, ErrorCategory, MessageSource } from '../core/index.js'
import type { Translator } from './createTranslator.js'
import { sameLanguage } from './language.js'
import type { MessageOptions } from './Messages.js'

// The facts the core records, read here (the core adds them; older errors may lack them).
type Facts = { readonly messageSource?: MessageSource; readonly formErrors?: readonly string[] }

// Where the server's words can tell the user something the category cannot:
// what was invalid, what clashed. Never a 401 (one voice for signing in), a
// 403 (it speaks of keys and scopes), a 404 (it may tell whether the thing
// exists), a 405 (it names HTTP methods), a 429 (its sentence about time would
// stand beside the countdown) nor a 5xx.
const speaks: ReadonlySet<ErrorCategory> = new Set(['validation', 'conflict', 'client', 'payload_too_large'])

// One short line: stack traces and dumps span lines.
const fits = (text: string) => text.length > 0 && text.length <= 300 && !/[\r\n]/.test(text)

/** The options {@link serverText} reads. */
export interface ServerTextOptions extends Pick<MessageOptions, 'serverText' | 'serverLanguage'> {
  /** The API profile the error came from, for the language it writes in. */
  profile?: ApiProfile
}

/**
 * Whether the server's words may be shown to this reader at all (not their
 * content): `people` says whether the core recorded them as meant for people,
 * which an app's `serverText` function decides instead.
 */
function mayShow(error: ApiError, t: Translator, options: ServerTextOptions, people: boolean): boolean {
  const allow = options.serverText ?? true
  const language = options.profile?.language ?? options.serverLanguage ?? 'en'
  if (!allow || !speaks.has(error.category) || !sameLanguage(language, t.locale)) return false
  return typeof allow === 'function' ? allow(error) : people
}

/**
 * The server's own words when they may be shown, else `undefined`. A reading
 * of facts the classifier recorded, never a second parse: only text from a
 * field the API means for people (`messageSource === 'people'`, or what the
 * app's `serverText` function allows), only in a category where it adds
 * something (validation, conflict), only when the API writes in the reader's
 * language, never beside a wait, and only as one short line.
 *
 * @example
 * ```ts
 * serverText(error, createTranslator({ messages: fr }), { serverLanguage: 'fr' })
 * ```
 */
export function serverText(error: ApiError, t: Translator, options: ServerTextOptions = {}): string | undefined {
  const shown = error.retryAfterMs === undefined && mayShow(error, t, options, (error as Facts).messageSource === 'people')
  return shown && fits(error.message) ? error.message : undefined
}

/**
 * The form-level messages (not tied to a field) that may be shown, by the same
 * rules as {@link serverText}, apart from where they came from: the core keeps
 * only validation sentences there.
 *
 * @example
 * ```ts
 * formErrorsToShow(error, t) // ['Unable to log in with the details given.']
 * ```
 */
export function formErrorsToShow(error: ApiError, t: Translator, options: ServerTextOptions = {}): readonly string[] {
  const messages = (error as Facts).formErrors ?? []
  // Only where a form can be corrected: a revived or hand-made 5xx may carry them too.
  return messages.length > 0 && mayShow(error, t, options, true) ? messages.filter(fits) : []
}
