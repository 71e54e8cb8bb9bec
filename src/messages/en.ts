/**
 * The English catalog, and the fallback for every other one. Keys are
 * `<category>.title` / `.description` / `.action` for each error category,
 * `<code>.title` / `.description` for server codes (a code's copy wins over its
 * category's), and `ui.*` for the words of the components. `{name}` is
 * replaced by a value; numbers are formatted for the locale.
 *
 * @example
 * ```ts
 * en['rate_limited.title'] // 'Too many requests'
 * ```
 */
export const en = {
  locale: 'en',

  'validation.title': 'Check your input',
  'validation.description': 'Some values are not valid. Correct them and try again.',
  'unauthenticated.title': 'Sign in again',
  'unauthenticated.description': 'Your session has ended or is not valid.',
  'forbidden.title': 'No access',
  'forbidden.description': 'You are not allowed to do this. Ask an administrator for access.',
  'not_found.title': 'Not found',
  'not_found.description': 'It does not exist, or you do not have access to it.',
  'method_not_allowed.title': 'Action not supported',
  'method_not_allowed.description': 'The server does not allow this action here.',
  'not_acceptable.title': 'Format not available',
  'not_acceptable.description': 'The server cannot send data in the requested format.',
  'timeout.title': 'Request timed out',
  'timeout.description': 'The server took too long to answer.',
  'conflict.title': 'Conflicting change',
  'conflict.description': 'The data may have changed. Reload and try again.',
  'payload_too_large.title': 'Too large',
  'payload_too_large.description': 'Send a smaller file or fewer items.',
  'unsupported_media_type.title': 'Format not supported',
  'unsupported_media_type.description': 'The server does not accept this type of content.',
  'rate_limited.title': 'Too many requests',
  'rate_limited.description': 'Wait a moment, then try again.',
  'unavailable.title': 'Service unavailable',
  'unavailable.description': 'The service is down for a moment. Try again shortly.',
  'server.title': 'Something went wrong on our side',
  'server.description': 'Try again. If it keeps happening, contact support.',
  'client.title': 'Request not accepted',
  'client.description': 'The server could not accept this request.',
  'network.title': 'Connection problem',
  'network.description': 'Check your connection and try again.',
  'aborted.title': 'Request cancelled',
  'aborted.description': 'The request stopped before it finished.',
  'unknown.title': 'Something went wrong',
  'unknown.description': 'Try again later.',

  // The seed APIs' documented codes that ask for their own fix. The others
  // (forbidden, not_found, method_not_allowed, server_error) have their
  // category's name or meaning, and its copy.
  'ip_not_allowed.title': 'Not allowed from this network',
  'ip_not_allowed.description': 'This API key does not accept requests from your IP address. Add it to the key\u2019s allowed IPs.',
  'scope_not_authorized.title': 'Missing permission',
  'scope_not_authorized.description': 'This API key lacks the scope this needs. Add it in Settings \u2192 API Keys.',
  'duplicate_customer.title': 'Customer already exists',
  'duplicate_customer.description': 'A customer with this email exists. Use or update that record.',
  'invalid_status_transition.title': 'Status change not allowed',
  'invalid_status_transition.description': 'It cannot move to that status from its current one.',
  'meter_not_found.title': 'No meter for this asset',
  'meter_not_found.description': 'Set up meters for this asset first.',
  'rate_limit_exceeded.title': 'Rate limit reached',
  'validation_failed.title': 'Some values are not valid',
  'missing_required_field.title': 'A required field is missing',
  'missing_required_field.description': 'Fill in every required field.',
  'unauthorized.title': 'Not signed in',
  'unauthorized.description': 'Your key or session is missing or revoked. Sign in again.',

  // Go parse errors and timestamp complaints, said in plain words.
  'parse.number': '\u201c{value}\u201d is not a valid number.',
  'parse.time': '\u201c{value}\u201d is not a valid date and time.',
  'parse.param': 'The \u201c{param}\u201d date or time is not valid.',

  'action.retry': 'Try again',
  'action.signIn': 'Sign in',
  'action.support': 'Contact support',
  'action.learnMore': 'Learn more',

  'ui.error': 'Error:',
  'ui.details': 'Details for support',
  'ui.status': 'Status',
  'ui.code': 'Code',
  'ui.requestId': 'Request ID',
  'ui.instance': 'Instance',
  'ui.copy': 'Copy details',
  'ui.copied': 'Copied',
  'ui.wait': 'You can try again {time}.',
  'ui.waiting': 'Waiting to try again',
  'ui.ready': 'Ready to try again',
  'ui.retrying': 'Trying again\u2026',
  'ui.offline': 'You\u2019re offline; we\u2019ll try again when you\u2019re back.',
  'ui.problems.one': 'Check {count} field',
  'ui.problems.other': 'Check {count} fields',
  'ui.item': '{field}: {message}',
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
