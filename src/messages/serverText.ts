import type { ApiError } from '../core/index.js'
import type { Translator } from './createTranslator.js'
import type { MessageOptions } from './Messages.js'

// The shapes of well-known parse errors: Go's strconv and time packages (the
// Persium API answers 400 with them as they are) and the time-series API's
// timestamp complaint. Recognised only to say the same thing in plain words.
const goNumber = /^strconv\.(?:Atoi|Parse(?:Int|Uint|Float)): parsing "(.*)": /
const goTime = /^parsing time "(.*?)"/
const badTimestamp = /^Invalid '([^']{1,40})' timestamp/

const fits = (text: string) => text.length <= 300 && !/[<>{}\r\n]/.test(text)

/**
 * The server's own words when they may be shown, else `undefined`: never for
 * a 404 (it may tell whether something exists), a 5xx or no response; a known
 * parse error is said in plain words; otherwise only text the API documents
 * as meant for people (an envelope's `message`, a problem's `detail`) when it
 * is short plain text. Nothing here branches on what the text says beyond
 * recognising those parse-error shapes.
 */
export function serverText(error: ApiError, t: Translator, allow: MessageOptions['serverText'] = true): string | undefined {
  const { status, message, body } = error
  if (!allow || status === undefined || status < 400 || status > 499 || error.category === 'not_found' || !message) return
  const value = (goNumber.exec(message) ?? goTime.exec(message))?.[1]?.slice(0, 40)
  if (value !== undefined) return t(goNumber.test(message) ? 'parse.number' : 'parse.time', { value })
  const param = badTimestamp.exec(message)?.[1]
  if (param) return t('parse.param', { param })
  const bag = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const forPeople = typeof allow === 'function' ? allow(error) : bag.detail === message || (bag.success === false && bag.message === message)
  return forPeople && fits(message) ? message : undefined
}
