import type { ApiError, ApiErrorInit } from './ApiError.js'

/** What a profile's `refine` quirk may read of a failed response. */
export interface ProfileResponse {
  readonly status: number | undefined
  /** A response header by (case-insensitive) name, `undefined` when absent. */
  readonly header: (name: string) => string | undefined
  /** The parsed JSON, the text, or `undefined`. */
  readonly body: unknown
}

/** A message key with its values, for words the profile's catalog supplies. */
export interface ProfileWording {
  readonly key: string
  readonly values?: Readonly<Record<string, string | number>>
}

/**
 * What is true of one API and not of others: who it is, how its failures are
 * recognised, the copy for its codes, where its users get help, the language
 * its messages are written in, and its quirks as small typed hooks.
 *
 * @example
 * ```ts
 * const github: ApiProfile = {
 *   name: 'GitHub',
 *   match: 'https://api.github.com/',
 *   refine: (error, response) =>
 *     error.status === 403 && response.header('x-ratelimit-remaining') === '0' ? { category: 'rate_limited' } : undefined,
 * }
 * ```
 */
export interface ApiProfile {
  /** The API's name as users know it: "Contact Persium support". */
  readonly name: string
  /**
   * Which failures are this API's: an origin or URL prefix (or several),
   * compared with the failure's URL, or a predicate over that URL.
   */
  readonly match: string | readonly string[] | ((url: string) => boolean)
  /** The language (BCP 47) its messages are written in. Default `'en'`. */
  readonly language?: string
  /** Where this API's users get help: an `https:` or `mailto:` URL. */
  readonly supportUrl?: string
  /**
   * Copy for its codes, per locale: `{ en: { 'ip_not_allowed.title': '…' }, fr: { … } }`.
   * Keys are `<code>.title`, `<code>.description`, `<code>.action`, or any key
   * `reword` returns.
   */
  readonly messages?: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** A quirk of classification: fields that correct what the classifier read. */
  readonly refine?: (error: ApiError, response: ProfileResponse) => Partial<ApiErrorInit> | undefined
  /** A quirk of wording: the server's message said in plain words, from this profile's `messages`. */
  readonly reword?: (error: ApiError) => ProfileWording | undefined
}
