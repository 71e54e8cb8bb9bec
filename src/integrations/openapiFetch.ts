// The openapi-fetch entry: `react-api-errors/openapi-fetch`. It imports nothing
// from openapi-fetch: any client that resolves to `{ data, error, response }`
// fits, with the body already read.
import { classifyError, type ApiError, type ClassifyOptions } from '../core/index.js'

/**
 * The result of an openapi-fetch call (and of clients shaped like it): the
 * `Response`, and its body already read into `data` (success) or `error`
 * (failure: parsed JSON, or the text when it was not JSON).
 *
 * @example
 * ```ts
 * const result: FetchResult = await client.GET('/vehicles/{id}', { params: { path: { id } } })
 * ```
 */
export interface FetchResult<Data = unknown, Failure = unknown> {
  data?: Data
  error?: Failure
  response: Response
}

// One ApiError per result, as classifyError gives one per thrown value.
const made = new WeakMap<object, ApiError>()

/**
 * The `ApiError` a failed result stands for: exactly what `toApiError` gives
 * for the same `Response` when its body is still unread (category, code, field
 * errors, `Retry-After`, request id), read from the body openapi-fetch already
 * parsed. `undefined` when the call succeeded.
 *
 * @example
 * ```ts
 * const result = await client.POST('/vehicles', { body })
 * const error = apiErrorFromResult(result)
 * if (error) applyFieldErrors(error, form)
 * ```
 */
export function apiErrorFromResult(result: FetchResult, options?: ClassifyOptions): ApiError | undefined {
  if (result.response.ok) return undefined
  let error = made.get(result)
  if (!error) {
    // `{ response, data }` is how ky hands over a body it read; the classifier
    // takes status and headers from the response and the body from `data`.
    error = classifyError({ response: result.response, data: result.error }, options)
    made.set(result, error)
  }
  return error
}

/**
 * A result's `data`, or its `ApiError` thrown: the `queryFn` (or `mutationFn`)
 * that puts only `ApiError`s in the TanStack Query cache. A request that never
 * got a response (offline, aborted) rejects as openapi-fetch rejects, and
 * classifies as usual.
 *
 * @example
 * ```ts
 * useQuery({
 *   queryKey: ['vehicle', id],
 *   queryFn: ({ signal }) => dataOrThrow(client.GET('/vehicles/{id}', { params: { path: { id } }, signal })),
 * })
 * ```
 */
export async function dataOrThrow<Data, Failure>(
  result: FetchResult<Data, Failure> | PromiseLike<FetchResult<Data, Failure>>,
  options?: ClassifyOptions,
): Promise<Data> {
  const settled = await result
  const error = apiErrorFromResult(settled, options)
  if (error) throw error
  return settled.data as Data
}
