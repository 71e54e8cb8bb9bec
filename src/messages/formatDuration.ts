import { createTranslator, type Translator } from './createTranslator.js'
import type { MessageOptions } from './Messages.js'

/**
 * A wait as people say it, for a countdown or a sentence: whole seconds
 * rounded up, hours and minutes from an hour on, numbers formatted for the
 * locale. 90 s reads "1 min 30 s" (never "89 seconds"), 125 s "2 min 5 s",
 * 3,700 s "1 h 2 min". Takes a translator (the components' `useTranslator()`)
 * or the options to make one.
 *
 * @example
 * ```ts
 * formatDuration(90_000) // '1 min 30 s'
 * formatDuration(3_700_000, { messages: fr }) // '1 h 2 min'
 * ```
 */
export function formatDuration(ms: number, words: Translator | MessageOptions = {}): string {
  return (typeof words === 'function' ? words : createTranslator(words)).duration(ms)
}
