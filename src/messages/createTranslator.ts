import { en } from './en.js'
import type { MessageOptions } from './Messages.js'

/**
 * Values put into `{name}` slots: numbers are formatted for the locale.
 *
 * @example
 * ```ts
 * t('ui.item', { field: 'Email', message: 'Already taken.' }) // 'Email: Already taken.'
 * ```
 */
export type MessageValues = Readonly<Record<string, string | number>>

/**
 * Looks a key up (overrides, then English) and fills its `{name}` slots;
 * `undefined` when no catalog has the key, never the key itself.
 *
 * @example
 * ```ts
 * const t: Translator = createTranslator()
 * t.plural('ui.problems', 2) // 'Check 2 fields'
 * ```
 */
export type Translator = ((key: string, values?: MessageValues) => string | undefined) & {
  /** The plural form of `key` for `count` (`key.one`, `key.other`, ...), with `{count}` formatted. */
  plural: (key: string, count: number) => string | undefined
  /** A wait as words: `in 30 seconds`, `in 2 minutes`. */
  wait: (ms: number) => string
}

const own = (bag: object | undefined, key: string): string | undefined => {
  const value = bag && Object.hasOwn(bag, key) ? (bag as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' ? value : undefined
}


/**
 * Makes the lookup the messages and components use. Missing keys fall back to
 * English; a key no catalog has gives `undefined`, so callers fall back to
 * other copy rather than show a key name.
 *
 * @example
 * ```ts
 * const t = createTranslator({ locale: 'fr', messages: fr })
 * t('ui.wait', { time: t.wait(30_000) }) // 'Vous pourrez réessayer dans 30 secondes.'
 * ```
 */
export function createTranslator({ locale, messages }: MessageOptions = {}): Translator {
  let tag = locale ?? own(messages, 'locale') ?? 'en'
  let numbers: Intl.NumberFormat
  try {
    numbers = new Intl.NumberFormat(tag)
  } catch {
    // An unknown or malformed locale must not break an error message.
    numbers = new Intl.NumberFormat((tag = 'en'))
  }
  const plurals = new Intl.PluralRules(tag)
  const relative = new Intl.RelativeTimeFormat(tag)
  const t = ((key, values) =>
    (own(messages, key) ?? own(en, key))?.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values?.[name] ?? ''
      return typeof value === 'number' ? numbers.format(value) : value
    })) as Translator
  t.plural = (key, count) => t(`${key}.${plurals.select(count)}`, { count }) ?? t(`${key}.other`, { count })
  t.wait = (ms) => {
    const seconds = Math.max(1, Math.ceil(ms / 1000))
    return seconds < 90 ? relative.format(seconds, 'second') : relative.format(Math.ceil(seconds / 60), 'minute')
  }
  return t
}
