import type { ApiProfile } from '../core/index.js'

// Go's strconv and time errors, as Persium's API answers a 400 with them:
// recognised only to say the same thing in plain words.
const goNumber = /^strconv\.(?:Atoi|Parse(?:Int|Uint|Float)): parsing "(.{0,40}?)": /
const goTime = /^parsing time "(.{0,40}?)"/

/**
 * Persium's air-quality stations API (`{ "error": "text" }` bodies). Its Go
 * parse errors are said in plain words; a 403 means the dashboard's client was
 * disabled, which only Persium can undo. Set `match` to where your app reaches
 * it, and `supportUrl` if your users may contact Persium themselves.
 *
 * @example
 * ```tsx
 * import { persium } from 'react-api-errors/apis/persium'
 * <ApiErrorsProvider profiles={[{ ...persium, match: 'https://air.example.com/v1/' }]}><App /></ApiErrorsProvider>
 * ```
 */
export const persium: ApiProfile = {
  name: 'Persium',
  match: [],
  language: 'en',
  reword: (error) => {
    if (error.category !== 'validation') return undefined
    const number = goNumber.exec(error.message)?.[1]
    if (number !== undefined) return { key: 'parse.number', values: { value: number } }
    const time = goTime.exec(error.message)?.[1]
    return time === undefined ? undefined : { key: 'parse.time', values: { value: time } }
  },
  messages: {
    en: {
      'parse.number': '\u201c{value}\u201d is not a valid number.',
      'parse.time': '\u201c{value}\u201d is not a valid date and time. Use a date and time with its time zone, such as 2026-05-01T09:00:00Z.',
      'forbidden.title': 'Access turned off',
      'forbidden.description': 'Persium has turned off this dashboard\u2019s access. Ask an administrator to contact Persium.',
    },
    fr: {
      'parse.number': '\u00ab\u00a0{value}\u00a0\u00bb n\u2019est pas un nombre valide.',
      'parse.time': '\u00ab\u00a0{value}\u00a0\u00bb n\u2019est pas une date et heure valide. Indiquez une date et une heure avec son fuseau, par exemple 2026-05-01T09:00:00Z.',
      'forbidden.title': 'Accès désactivé',
      'forbidden.description': 'Persium a désactivé l\u2019accès de ce tableau de bord. Demandez à un administrateur de contacter Persium.',
    },
  },
}
