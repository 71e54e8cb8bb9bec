// The GraphQL entry: `react-api-errors/graphql`. It imports nothing from the
// clients: it reads the fields their errors have. The body's `errors[]` are
// classified by the core's GraphQL rule (`extensions.code` on a 2xx).
import { ApiError, classifyError, type ClassifyOptions, type ErrorAdapter } from '../core/index.js'
import { isRecord } from './bounds.js'

/** A GraphQL error as JSON: what the core's rule and the messages read. */
const plain = (error: unknown) => (isRecord(error) ? { message: error.message, path: error.path, extensions: error.extensions } : error)

/** The `ApiError` for a GraphQL response: its status (200 when a client does not say), headers and `errors`. */
function fromResponse(cause: unknown, status: unknown, headers: unknown, errors: unknown, data: unknown, response: unknown, options: ClassifyOptions): ApiError {
  const list = Array.isArray(errors) ? errors.slice(0, 100).map(plain) : undefined
  const url = isRecord(response) ? response.url : undefined
  const base = classifyError({ status: Number.isInteger(status) ? status : 200, headers, body: list ? { errors: list, data } : undefined, url }, options)
  // GraphQL errors with no code the rule knows, on a 2xx: the server failed to answer.
  const category = base.category === 'unknown' && list?.length ? 'server' : base.category
  return new ApiError({ ...base, category, message: base.message, retryable: undefined, cause })
}

/** A client's network error: a response that was not GraphQL (a proxy's 502), or none at all. */
function fromNetwork(cause: unknown, network: unknown, response: unknown, options: ClassifyOptions, body?: unknown): ApiError {
  const failed = isRecord(response) && Number(response.status) >= 400
  const base = failed ? classifyError({ status: response.status, headers: response.headers, url: response.url, body }, options) : classifyError(network, options)
  return new ApiError({ ...base, message: base.message, cause })
}

const hasErrors = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0

const made = new WeakMap<object, ApiError>()

/** The `ApiError` for each client's error, by its `name`. */
function read(value: Record<string, unknown>, options: ClassifyOptions): ApiError | undefined {
  const { name, response, request } = value
  const respond = isRecord(response) ? response : {}
  // graphql-request's ClientError keeps Error's name: known by its parsed response and its request's query.
  if (isRecord(request) && typeof request.query !== 'undefined' && Number.isInteger(respond.status)) {
    return fromResponse(value, respond.status, respond.headers, respond.errors, respond.data, undefined, options)
  }
  switch (name) {
    // urql: GraphQL errors, else a network error, and the Response when there was one.
    case 'CombinedError':
      return hasErrors(value.graphQLErrors)
        ? fromResponse(value, respond.status, respond.headers, value.graphQLErrors, undefined, response, options)
        : fromNetwork(value, value.networkError, response, options)
    // Apollo Client 4.
    case 'CombinedGraphQLErrors':
      return fromResponse(value, 200, undefined, value.errors, value.data, undefined, options)
    case 'ServerError':
    case 'ServerParseError':
      return Number.isInteger(value.statusCode)
        ? fromNetwork(value, undefined, { status: value.statusCode, headers: respond.headers, url: respond.url }, options, value.bodyText ?? value.result)
        : undefined
    // Apollo Client 3.
    case 'ApolloError':
      if (hasErrors(value.graphQLErrors)) return fromResponse(value, 200, undefined, value.graphQLErrors, undefined, undefined, options)
      if (value.networkError) return graphqlAdapter(value.networkError, options) ?? fromNetwork(value, value.networkError, undefined, options)
      return undefined
    default:
      return undefined
  }
}

/**
 * The GraphQL clients' adapter: classifies graphql-request's `ClientError`,
 * urql's `CombinedError` (`graphQLErrors`, `networkError`), and Apollo
 * Client's errors (v4 `CombinedGraphQLErrors`, `ServerError`,
 * `ServerParseError`; v3 `ApolloError`) by the response's status and the
 * `errors[].extensions.code` (`UNAUTHENTICATED`, `FORBIDDEN`,
 * `BAD_USER_INPUT`, ...), with the request id and `Retry-After` of the
 * response where the client keeps it. `undefined` for anything else.
 *
 * @example
 * ```tsx
 * const classify = { adapters: [graphqlAdapter] }
 * <ApiErrorsProvider classify={classify}>…</ApiErrorsProvider>
 * ```
 */
export const graphqlAdapter: ErrorAdapter = (value, options) => {
  if (!isRecord(value)) return undefined
  // One ApiError per thrown value, also when called directly.
  let error = made.get(value)
  if (!error) {
    error = read(value, options)
    if (error) made.set(value, error)
  }
  return error
}


/**
 * Classifies what a GraphQL client threw (or urql returned as `result.error`),
 * with {@link graphqlAdapter} first: an `ApiError` for anything.
 *
 * @example
 * ```ts
 * const result = await client.query(StationsQuery, {}).toPromise()
 * if (result.error) throw classifyGraphQLError(result.error)
 * ```
 */
export function classifyGraphQLError(value: unknown, options: ClassifyOptions = {}): ApiError {
  return graphqlAdapter(value, options) ?? classifyError(value, options)
}
