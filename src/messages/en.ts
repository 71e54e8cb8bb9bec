/**
 * The English catalog, and the fallback for every other one. Keys are
 * `<category>.title` / `.description` for each error category, `action.*`
 * and `ui.*` for the words of the components: only what holds for any API.
 * Copy for one API's codes lives in its profile (`react-api-errors/apis/*`). `{name}` is
 * replaced by a value; numbers are formatted for the locale.
 *
 * @example
 * ```ts
 * en['rate_limited.title'] // 'Too many requests'
 * ```
 */
export const en = {
  locale: 'en',

  // Each category in one voice: its title, description and actions agree,
  // and no title promises an action (the UI may not offer it).
  'validation.title': 'Check your input',
  'validation.description': 'Some values are not valid. Correct them and try again.',
  'unauthenticated.title': 'Your session has ended',
  'unauthenticated.description': 'Sign in again to continue.',
  // The same when the UI has no sign-in action to offer: states, promises nothing.
  'unauthenticated.alone': 'You need to be signed in again to see this.',
  'forbidden.title': 'No access',
  'forbidden.description': 'Your account does not have access to this. Ask an administrator if you need it.',
  'not_found.title': 'Not found',
  'not_found.description': 'It does not exist, or you do not have access to it.',
  'method_not_allowed.title': 'Action not available',
  'method_not_allowed.description': 'This action cannot be done here.',
  'not_acceptable.title': 'Format not available',
  'not_acceptable.description': 'This data cannot be sent in the requested format.',
  'timeout.title': 'Request timed out',
  'timeout.description': 'The server took too long to answer. Try again.',
  'conflict.title': 'This clashes with existing data',
  'conflict.description': 'It may already exist, or it changed since you opened it. Reload, check, and try again.',
  'payload_too_large.title': 'Too large',
  'payload_too_large.description': 'Send a smaller file or fewer items.',
  'unsupported_media_type.title': 'Format not supported',
  'unsupported_media_type.description': 'This type of content cannot be accepted here.',
  'rate_limited.title': 'Too many requests',
  'rate_limited.description': 'Wait a moment, then try again.',
  'unavailable.title': 'Service unavailable',
  'unavailable.description': 'The service is down for a moment. Try again shortly.',
  'server.title': 'Something went wrong on our side',
  'server.description': 'Try again in a moment.',
  // What a failure that offers "Contact support" says (a 5xx that persists or cannot be retried).
  'server.support': 'Try again later. If it keeps happening, contact support.',
  'client.title': 'Request not accepted',
  'client.description': 'This could not be done. Check what you entered and try again.',
  'network.title': 'Connection problem',
  'network.description': 'Check your connection and try again.',
  'aborted.title': 'Request cancelled',
  'aborted.description': 'The request stopped before it finished.',
  'unknown.title': 'Something went wrong',
  'unknown.description': 'Try again later.',

  // A form whose fields have errors: the summary lists each field by its
  // label, so these words never repeat the list (GOV.UK's error summary).
  'fields.title': 'There is a problem',
  'fields.description': 'Correct the following, then try again.',

  'action.retry': 'Try again',
  'action.signIn': 'Sign in',
  'action.reload': 'Reload',
  'action.support': 'Contact support',
  'action.supportNamed': 'Contact {name} support',
  'action.learnMore': 'Learn more',

  'ui.error': 'Error:',
  'ui.details': 'Details for support',
  'ui.time': 'Time',
  'ui.request': 'Request',
  'ui.title': 'Title',
  'ui.status': 'Status',
  'ui.code': 'Code',
  'ui.type': 'Problem type',
  'ui.requestId': 'Request ID',
  'ui.instance': 'Instance',
  'ui.copy': 'Copy details',
  'ui.copied': 'Copied',
  'ui.wait': 'You can try again in {time}.',
  'ui.waiting': 'Waiting to try again',
  'ui.ready': 'Ready to try again',
  'ui.retrying': 'Trying again\u2026',
  'ui.offline': 'You\u2019re offline; we\u2019ll try again when you\u2019re back.',
  'ui.problems.one': 'Check {count} field',
  'ui.problems.other': 'Check {count} fields',
  'ui.item': '{field}: {message}',
  // Form-level words carry what failed as well as what to do.
  'ui.formError': '{title}. {description}',
  'ui.duration.h': '{count} h',
  'ui.duration.min': '{count} min',
  'ui.duration.s': '{count} s',
  'ui.duration.pair': '{first} {second}',
}

/**
 * Every key a catalog has.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'rate_limited.title'
 * ```
 */
export type MessageKey = keyof typeof en
