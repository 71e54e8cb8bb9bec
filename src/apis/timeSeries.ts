import type { ApiProfile } from '../core/index.js'

// "Invalid 'to' timestamp: Invalid timestamp or format: …": which parameter.
const badTimestamp = /^Invalid '(\w{1,40})' timestamp/

/**
 * The time-series API (`{ "error": "text" }` bodies). Its timestamp complaint
 * is said in plain words, naming the start or end of the period; its rate
 * limit is set by the customer's administrator. Set `match` to where your app
 * reaches it.
 *
 * @example
 * ```tsx
 * import { timeSeries } from 'react-api-errors/apis/time-series'
 * <ApiErrorsProvider profiles={[{ ...timeSeries, match: 'https://series.example.com/' }]}><App /></ApiErrorsProvider>
 * ```
 */
export const timeSeries: ApiProfile = {
  name: 'Time series',
  match: [],
  language: 'en',
  reword: (error) => {
    const param = error.category === 'validation' ? badTimestamp.exec(error.message)?.[1] : undefined
    if (param === undefined) return undefined
    return param === 'from' || param === 'to' ? { key: `timestamp.${param}` } : { key: 'timestamp.other', values: { param } }
  },
  messages: {
    en: {
      'timestamp.from': 'The start of the period is not a valid date. Use a date such as 2025-05-25, or a date and time with its time zone.',
      'timestamp.to': 'The end of the period is not a valid date. Use a date such as 2025-05-25, or a date and time with its time zone.',
      'timestamp.other': 'The \u201c{param}\u201d date is not valid. Use a date such as 2025-05-25, or a date and time with its time zone.',
      'rate_limited.description': 'Wait a moment, then try again. If this happens often, ask an administrator to raise the limit.',
    },
    fr: {
      'timestamp.from': 'Le début de la période n\u2019est pas une date valide. Indiquez une date comme 2025-05-25, ou une date et une heure avec son fuseau.',
      'timestamp.to': 'La fin de la période n\u2019est pas une date valide. Indiquez une date comme 2025-05-25, ou une date et une heure avec son fuseau.',
      'timestamp.other': 'La date \u00ab\u00a0{param}\u00a0\u00bb n\u2019est pas valide. Indiquez une date comme 2025-05-25, ou une date et une heure avec son fuseau.',
      'rate_limited.description': 'Patientez un instant, puis réessayez. Si cela arrive souvent, demandez à un administrateur de relever la limite.',
    },
  },
}
