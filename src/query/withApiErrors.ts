import { classifyError, isApiError, toApiError, type ApiError, type ClassifyOptions } from '../core/index.js'
import { isResponse } from '../core/isResponse.js'
import { maxBodyBytes, readText } from '../core/readText.js'
import { classifyOptionsForCall } from './sharedClassify.js'

/**
 * What a request threw, as the `ApiError` it means. Unlike `classifyError`,
 * it reads a body nobody has read yet: a thrown `Response`, or the response of
 * a ky 1 `HTTPError` (ky 2 reads it itself, into `error.data`).
 *
 * @example
 * ```ts
 * try { await api.get('stations').json() } catch (thrown: unknown) { throw await toThrownApiError(thrown) }
 * ```
 */
export async function toThrownApiError(thrown: unknown, classify?: ClassifyOptions): Promise<ApiError> {
  if (isApiError(thrown)) return thrown
  if (isResponse(thrown)) return toApiError(thrown, classify)
  if (typeof thrown === 'object' && thrown !== null) {
    const { response, data } = thrown as { response?: unknown; data?: unknown }
    if (isResponse(response) && data === undefined && !response.bodyUsed) {
      // The classifier reads a client error's body from its `data`, where ky 2 puts it.
      const body = await readText(response, classify?.maxBodyBytes ?? maxBodyBytes).catch(() => undefined)
      if (body !== undefined && Object.isExtensible(thrown)) Object.defineProperty(thrown, 'data', { value: body, configurable: true, writable: true })
    }
  }
  return classifyError(thrown, classify)
}

/**
 * Wraps a request function (a `queryFn`, a `mutationFn`) so that whatever it
 * throws arrives as an `ApiError`: fetch's `TypeError` and `AbortError`, a
 * thrown `Response`, axios, ky and ofetch errors. With it, `query.error`,
 * `query.failureReason` and `mutation.error` hold only `ApiError`s, so
 * `Register { defaultError: ApiError }` is true at runtime, and every later
 * reader (retry policy, boundary, hooks, components) gets that same object.
 * It classifies with `classify` merged with what the `ApiErrorsProvider`
 * under the query's client shares (found through the `client` TanStack Query
 * hands the function), as `withApiErrorDefaults` does.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['stations'], queryFn: withApiErrors(({ signal }) => axios.get<Station[]>('/api/stations', { signal }).then((r) => r.data)) })
 * useMutation({ mutationFn: withApiErrors((vehicle: Vehicle) => ky.post('vehicles', { json: vehicle }).json()) })
 * ```
 */
export function withApiErrors<A extends unknown[], R>(request: (...args: A) => R | Promise<R>, classify?: ClassifyOptions): (...args: A) => Promise<Awaited<R>> {
  return async (...args: A): Promise<Awaited<R>> => {
    try {
      return await request(...args)
    } catch (thrown: unknown) {
      throw await toThrownApiError(thrown, classifyOptionsForCall(args, classify))
    }
  }
}
