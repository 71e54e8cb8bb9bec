import type { ApiProfile } from '../core/index.js'
import { durationParts } from './durationParts.js'
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
 * Looks a key up (the app's `translate`, its overrides, then English) and
 * fills its `{name}` slots; `undefined` when no catalog has the key, never
 * the key itself.
 *
 * @example
 * ```ts
 * const t: Translator = createTranslator()
 * t.plural('ui.problems', 2) // 'Check 2 fields'
 * ```
 */
export type Translator = ((key: string, values?: MessageValues) => string | undefined) & {
  /** The BCP 47 locale the words are for (the option, the catalog's `locale`, else `'en'`). */
  readonly locale: string
  /** The plural form of `key` for `count` (`key.one`, `key.other`, ...), with `{count}` formatted. */
  plural: (key: string, count: number) => string | undefined
  /**
   * A wait as people say it, formatted for the locale: `45 s`, `1 min 30 s`,
   * `1 h 2 min`; `'long'` spells the units out for screen readers
   * (`1 minute 30 seconds`, `1 minute 30 secondes`).
   */
  duration: (ms: number, style?: 'short' | 'long') => string
  /** The same as {@link Translator.duration}, for `t('ui.wait', { time: t.wait(ms) })`. */
  wait: (ms: number) => string
  /** The same lookup with an API profile's copy (in this locale, else English) before the catalog's. */
  forProfile: (profile: ApiProfile | undefined) => Translator
}

type Lookup = (key: string) => string | undefined

// Catalogs are data: `constructor` must not find Object's.
const pick = (bag: object | undefined, key: string): unknown => (bag && Object.hasOwn(bag, key) ? (bag as Record<string, unknown>)[key] : undefined)

const own = (bag: object | undefined, key: string): string | undefined => {
  const value = pick(bag, key)
  return typeof value === 'string' ? value : undefined
}

/** A profile's copy for a locale: the exact tag, its language, then English. */
function profileCopy(profile: ApiProfile, tag: string): Lookup {
  const chain = [tag, tag.split('-')[0]!, 'en'].map((name) => pick(profile.messages, name) as object | undefined)
  return (key) => chain.reduce<string | undefined>((found, bag) => found ?? own(bag, key), undefined)
}

/**
 * Makes the lookup the messages and components use. Missing keys fall back to
 * English; a key no catalog has gives `undefined`, so callers fall back to
 * other copy rather than show a key name. With `translate`, the app's i18n
 * library has the first word on every key.
 *
 * @example
 * ```ts
 * const t = createTranslator({ locale: 'fr', messages: fr })
 * t('ui.wait', { time: t.wait(90_000) }) // 'Vous pourrez réessayer dans 1 min 30 s.'
 * ```
 */
export function createTranslator({ locale, messages, translate }: MessageOptions = {}): Translator {
  let tag = locale ?? own(messages, 'locale') ?? 'en'
  let numbers: Intl.NumberFormat
  try {
    numbers = new Intl.NumberFormat(tag)
  } catch {
    // An unknown or malformed locale must not break an error message.
    numbers = new Intl.NumberFormat((tag = 'en'))
  }
  const plurals = new Intl.PluralRules(tag)
  const fill = (text: string, values: MessageValues | undefined) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values?.[name] ?? ''
      return typeof value === 'number' ? numbers.format(value) : value
    })
  // The app's translate first; '' or the key itself means it has no words for it.
  const ask = (key: string, values: MessageValues | undefined, fallback: string | undefined) => {
    if (!translate) return fallback
    const text = translate(key, values, fallback ?? '')
    return typeof text === 'string' && text !== '' && text !== key ? text : fallback
  }
  const profiles = new Map<ApiProfile, Translator>()
  const units = { h: 'hour', min: 'minute', s: 'second' } as const
  const spelled = (unit: keyof typeof units, count: number) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: units[unit], unitDisplay: 'long' }).format(count)

  // A catalog's words, else English's: every key the components use is in English.
  const catalog = (key: string) => own(messages, key) ?? own(en, key)

  const make = (profile: ApiProfile | undefined): Translator => {
    const copy = profile ? profileCopy(profile, tag) : undefined
    const prefix = profile ? `apis/${profile.name}/` : ''
    // Filled, then handed to the app's translate under the key it asked with.
    const say = (key: string, values: MessageValues | undefined, text: string | undefined) => ask(key, values, text === undefined ? undefined : fill(text, values))
    const raw = (key: string, values?: MessageValues) => {
      const fromProfile = copy?.(key)
      return fromProfile === undefined ? say(key, values, catalog(key)) : say(prefix + key, values, fromProfile)
    }
    const plural: Translator['plural'] = (key, count) => {
      const form = `${key}.${plurals.select(count)}`
      return say(key, { count }, copy?.(form) ?? catalog(form) ?? catalog(`${key}.other`))
    }
    const duration: Translator['duration'] = (ms, style = 'short') =>
      durationParts(ms)
        .map(([unit, count]) => (style === 'long' ? spelled(unit, count) : raw(`ui.duration.${unit}`, { count })!))
        .reduce((first, second) => raw('ui.duration.pair', { first, second })!)
    const forProfile: Translator['forProfile'] = (other) => {
      if (!other) return base
      let made = profiles.get(other)
      if (!made) profiles.set(other, (made = make(other)))
      return made
    }
    return Object.assign(raw, { locale: tag, plural, duration, wait: (ms: number) => duration(ms), forProfile })
  }
  const base = make(undefined)
  return base
}
