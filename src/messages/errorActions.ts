import type { ApiError, ApiProfile } from '../core/index.js'

/**
 * Something the user can do about a failure. `reload` refetches what the user
 * edits (a conflict); `learnMore` opens a problem `type`'s documentation and is
 * offered only when the app opts in.
 *
 * @example
 * ```ts
 * if (describeError(error).primary === 'signIn') showSignIn()
 * ```
 */
export type ErrorAction = 'signIn' | 'retry' | 'reload' | 'support' | 'learnMore'

/**
 * What the UI can do, so that no action is listed (and no words promise one)
 * that nothing performs. Defaults: `retry`, `signIn` and `support` on; `reload`
 * (needs the app's `onReload`) and `learnMore` (developer documentation) off.
 *
 * @example
 * ```ts
 * describeError(error, { offer: { signIn: Boolean(onSignIn), reload: Boolean(onReload) } })
 * ```
 */
export type ActionOffer = Readonly<Partial<Record<ErrorAction, boolean>>>

const defaults: Required<ActionOffer> = { signIn: true, retry: true, reload: false, support: true, learnMore: false }

/** The facts the action ladder reads. */
export interface ActionFacts {
  error: ApiError
  profile: ApiProfile | undefined
  persistent: boolean
  learnMoreUrl: string | undefined
}

// Each row: an action and when it helps, in order of help. The first that
// applies (and is offered) is the primary action.
const ladder: readonly [ErrorAction, (facts: ActionFacts) => boolean][] = [
  ['signIn', ({ error }) => error.category === 'unauthenticated'],
  ['reload', ({ error }) => error.category === 'conflict'],
  ['retry', ({ error }) => error.retryable],
  // A 403 is for an administrator, unless the API's own support can restore access.
  ['support', ({ error, profile }) => error.category === 'forbidden' && profile?.supportUrl !== undefined],
  ['support', ({ error, persistent }) => (error.status ?? 0) > 499 && (!error.retryable || persistent)],
  ['learnMore', ({ learnMoreUrl }) => learnMoreUrl !== undefined],
]

/**
 * The actions that help a failure, most helpful first, among those offered.
 *
 * @example
 * ```ts
 * errorActions({ error, profile: undefined, persistent: false, learnMoreUrl: undefined }) // ['retry']
 * ```
 */
export function errorActions(facts: ActionFacts, offer: ActionOffer = {}): ErrorAction[] {
  const actions: ErrorAction[] = []
  for (const [action, helps] of ladder) {
    const offered = offer[action] ?? defaults[action]
    // The API's own support contact is there even when the app has none.
    const available = offered || (action === 'support' && facts.profile?.supportUrl !== undefined)
    if (available && !actions.includes(action) && helps(facts)) actions.push(action)
  }
  return actions
}
