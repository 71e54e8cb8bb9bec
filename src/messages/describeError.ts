import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { createTranslator, type Translator } from './createTranslator.js'
import type { MessageOptions } from './Messages.js'
import { serverText } from './serverText.js'

/**
 * Something the user can do about a failure.
 *
 * @example
 * ```ts
 * if (describeError(error).actions.includes('signIn')) showSignIn()
 * ```
 */
export type ErrorAction = 'retry' | 'signIn' | 'support' | 'learnMore'

/**
 * Options of {@link describeError}.
 *
 * @example
 * ```ts
 * describeError(error, { locale: 'fr', messages: fr, persistent: true })
 * ```
 */
export interface DescribeOptions extends MessageOptions {
  /** The failure survived retries: a 5xx then offers to contact support. */
  persistent?: boolean
  /** Options for classifying a raw thrown value. */
  classify?: ClassifyOptions
  /** A translator already made (components pass theirs); else one is made from the options. */
  translator?: Translator
}

/**
 * An error in words: what went wrong, what to do, and which actions help.
 *
 * @example
 * ```ts
 * const { title, description, action, actions } = describeError(error)
 * ```
 */
export interface ErrorDescription {
  /** The classified error. */
  error: ApiError
  title: string
  description: string
  /** The label of the most helpful action, `''` when there is none. */
  action: string
  /** The actions that help, most helpful first. */
  actions: ErrorAction[]
  /** The problem `type` when it is an http(s) link to its documentation. */
  learnMoreUrl: string | undefined
}

const link = /^https?:\/\/\S+$/i

/**
 * Puts any failure into words for a locale. A code's own copy comes first; the
 * server's words (see `serverText`) fill a description the code's copy leaves
 * open; the category's copy comes last. A 404 never says whether the thing
 * exists.
 *
 * @example
 * ```ts
 * describeError({ status: 409, body: { success: false, error: 'duplicate_customer', message: '…' } }).title
 * // 'Customer already exists'
 * ```
 */
export function describeError(thrown: unknown, options: DescribeOptions = {}): ErrorDescription {
  const error = classifyError(thrown, options.classify)
  const t = options.translator ?? createTranslator(options)
  const { category, code, status = 0, retryable } = error
  const copy = (part: string) => (code === undefined ? undefined : t(`${code}.${part}`))
  const actions: ErrorAction[] = []
  if (retryable) actions.push('retry')
  if (category === 'unauthenticated') actions.push('signIn')
  if (category === 'forbidden' || (status > 499 && (!retryable || options.persistent))) actions.push('support')
  const learnMoreUrl = code && link.test(code) ? code : undefined
  if (learnMoreUrl) actions.push('learnMore')
  const first = actions[0]
  return {
    error,
    title: copy('title') ?? t(`${category}.title`) ?? '',
    description: copy('description') ?? serverText(error, t, options.serverText) ?? t(`${category}.description`) ?? '',
    action: first ? (copy('action') ?? t(`${category}.action`) ?? t(`action.${first}`) ?? '') : '',
    actions,
    learnMoreUrl,
  }
}
