import { classifyError, type ApiError, type ApiProfile, type ClassifyOptions, type ProfileWording } from '../core/index.js'
import { findProfile } from '../core/findProfile.js'
import { createTranslator, type Translator } from './createTranslator.js'
import { errorActions, type ActionOffer, type ErrorAction } from './errorActions.js'
import type { MessageOptions } from './Messages.js'
import { formErrorsToShow, serverText } from './serverText.js'

export type { ActionOffer, ErrorAction } from './errorActions.js'

/**
 * Options of {@link describeError}.
 *
 * @example
 * ```ts
 * describeError(error, { locale: 'fr', messages: fr, profiles: [persium], offer: { reload: true } })
 * ```
 */
export interface DescribeOptions extends MessageOptions {
  /** The failure survived retries: a 5xx then offers to contact support. */
  persistent?: boolean
  /** Options for classifying a raw thrown value. */
  classify?: ClassifyOptions
  /** A translator already made (components pass theirs); else one is made from the options. */
  translator?: Translator
  /** The APIs the app talks to: the error's `profile` (its name) picks one, for its copy, language and support. */
  profiles?: readonly ApiProfile[]
  /** Describe with this profile whatever the error says. */
  profile?: ApiProfile
  /** What the UI can do (see {@link ActionOffer}): nothing else is listed or promised. */
  offer?: ActionOffer
}

/**
 * An error in words: what went wrong, what to do, and which actions help.
 *
 * @example
 * ```ts
 * const { title, description, primary, labels } = describeError(error)
 * ```
 */
export interface ErrorDescription {
  /** The classified error. */
  error: ApiError
  title: string
  description: string
  /** The label of the primary action, `''` when there is none. */
  action: string
  /** The actions that help, most helpful first, among those offered. */
  actions: ErrorAction[]
  /** The category's own fix (`actions[0]`): Sign in for a 401, Try again for what can be retried. */
  primary: ErrorAction | undefined
  /** The label of each action in `actions`: "Contact Persium support" when the API has a support contact. */
  labels: Partial<Record<ErrorAction, string>>
  /** Who to contact: the API's name and support URL when its profile has one; else the app's own support. */
  support: { name: string | undefined; url: string | undefined }
  /** The problem `type` when it is an http(s) link: developer documentation, for the details for support. */
  learnMoreUrl: string | undefined
  /** The server's form-level messages fit to show (a summary's items without a field). */
  formErrors: readonly string[]
  /** The API profile the error came from, if the app gave it. */
  profile: ApiProfile | undefined
}

const link = /^https?:\/\/\S+$/i

// The catalogs' own groups: a server code named like one must not reach their words ('ui.title').
const reserved = new Set(['ui', 'action', 'fields', 'locale'])

/** The keys a code's copy may sit under: the code, and a problem type URL's last segment. */
function codeKeys(code: string | undefined, typeUrl: string | undefined): string[] {
  const slug = typeUrl && /\/([\w.-]+)\/?(?:[?#].*)?$/.exec(typeUrl)?.[1]
  return [code, slug].filter((key): key is string => key !== undefined && !reserved.has(key.split('.')[0]!))
}

/** The profile's plain words for the server's message, in the reader's language; a quirk that throws words nothing. */
function reword(profile: ApiProfile | undefined, error: ApiError, t: Translator): string | undefined {
  if (!profile?.reword || error.category === 'not_found') return undefined
  let wording: ProfileWording | undefined
  try {
    wording = profile.reword(error)
  } catch {
    return undefined
  }
  return wording && t(wording.key, wording.values)
}

/** The error's API profile: forced, or the one named by the classifier. */
function profileOf(error: ApiError, options: DescribeOptions): ApiProfile | undefined {
  const forced = options.profile ?? options.classify?.profile
  if (forced) return forced
  const profiles = options.profiles ?? options.classify?.profiles ?? []
  // By the name the classifier gave; else by URL, for an error classified before the profiles were known.
  return error.profile === undefined ? findProfile(error.url, { profiles }) : profiles.find((profile) => profile.name === error.profile)
}

/**
 * Puts any failure into words for a locale, in one voice per category. A
 * form's field errors give "There is a problem" and what to do (the summary
 * lists the fields); otherwise a code's own copy comes first (from the API's
 * profile or the app's messages), then the profile's plain rewording of the
 * server's message, then the server's words where they may be shown (see
 * `serverText`), then the category's copy. A 404 never says whether the thing
 * exists; a problem `type` link is not offered as an action unless opted in.
 *
 * @example
 * ```ts
 * import { jobs } from 'react-api-errors/apis/jobs'
 * describeError({ status: 409, body: { success: false, error: 'duplicate_customer', message: '…' } }, { profile: jobs }).title
 * // 'Customer already exists'
 * ```
 */
export function describeError(thrown: unknown, options: DescribeOptions = {}): ErrorDescription {
  const { profiles } = options
  // A raw value is matched against the profiles given here too, so that its API is named.
  const error = classifyError(thrown, profiles && !options.classify?.profiles ? { ...options.classify, profiles } : options.classify)
  const profile = profileOf(error, options)
  const t = (options.translator ?? createTranslator(options)).forProfile(profile)
  const { category } = error
  const learnMoreUrl = error.code && link.test(error.code) ? error.code : undefined
  const keys = codeKeys(error.code, learnMoreUrl)
  const copy = (part: string) => keys.reduce<string | undefined>((found, key) => found ?? t(`${key}.${part}`), undefined)
  const actions = errorActions({ error, profile, persistent: options.persistent === true, learnMoreUrl }, options.offer)
  const primary = actions[0]
  const facts = { serverText: options.serverText, serverLanguage: options.serverLanguage, profile }

  const supportName = profile?.supportUrl === undefined ? undefined : profile.name
  const labels: Partial<Record<ErrorAction, string>> = {}
  for (const action of actions) {
    const own = action === 'support' && supportName ? t('action.supportNamed', { name: supportName }) : t(`action.${action}`)
    labels[action] = (action === primary ? copy('action') : undefined) ?? own ?? ''
  }

  const fields = category === 'validation' && Object.keys(error.fieldErrors).length > 0
  // The category's words, told by the actions on offer: no sentence promises one that is not.
  // Only signing in is a fix only the UI can give (a conflict's "Reload" is also the browser's):
  // without it on offer, `<category>.alone` says the same without it.
  const categoryWords = () => {
    if (category === 'unauthenticated' && !actions.includes('signIn')) return t(`${category}.alone`)
    if (actions.includes('support') && (error.status ?? 0) > 499) return t(`${category}.support`) ?? t('server.support')
    return t(`${category}.description`)
  }
  // In order: the summary's words, the code's copy, the profile's rewording, the server's words, the category's.
  const description = fields
    ? t('fields.description')
    : (copy('description') ?? reword(profile, error, t) ?? serverText(error, t, facts) ?? categoryWords())
  return {
    error,
    title: (fields ? t('fields.title') : copy('title')) ?? t(`${category}.title`) ?? '',
    description: description ?? '',
    action: primary ? (labels[primary] ?? '') : '',
    actions,
    primary,
    labels,
    support: { name: supportName, url: profile?.supportUrl },
    learnMoreUrl,
    formErrors: formErrorsToShow(error, t, facts),
    profile,
  }
}
