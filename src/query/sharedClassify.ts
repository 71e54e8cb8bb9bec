import type { QueryCache, QueryClient } from '@tanstack/react-query'
import type { ClassifyOptions } from '../core/index.js'

// What the mounted ApiErrorsProviders share with each client, keyed by its
// query cache: the retry policy, `throwOnError` and the reports that
// `withApiErrorDefaults` installs are made before the client and hold its
// cache. A list, so that when the latest provider unmounts, the one before
// it applies again. Weak: a dropped client takes its entry with it.
const shared = new WeakMap<QueryCache, { options: ClassifyOptions | undefined }[]>()

/**
 * Shares an `ApiErrorsProvider`'s classify options with `client`, until the
 * returned function is called. The latest still shared apply.
 */
export function shareClassify(client: QueryClient, options: ClassifyOptions | undefined): () => void {
  const cache = client.getQueryCache()
  const sharing = { options }
  shared.set(cache, [...(shared.get(cache) ?? []), sharing])
  return () => shared.set(cache, shared.get(cache)!.filter((entry) => entry !== sharing))
}

const join = <T>(own: readonly T[] | undefined, provider: readonly T[] | undefined): readonly T[] | undefined =>
  own && provider ? [...new Set([...own, ...provider])] : (own ?? provider)

/**
 * The options given in code (to `withApiErrorDefaults`, `withApiErrors`)
 * over the provider's: a value set in both is the code's, and lists
 * (`profiles`, `adapters`, `requestIdHeaders`) are joined, the code's first.
 * The code's come first because they also apply where no provider is mounted
 * (a prefetch before the first render), so a provider only adds to them.
 */
export function mergeClassify(own: ClassifyOptions | undefined, provider: ClassifyOptions | undefined): ClassifyOptions | undefined {
  if (!provider || !own) return own ?? provider
  return {
    ...provider,
    // A key the code's options leave `undefined` keeps the provider's value.
    ...(Object.fromEntries(Object.entries(own).filter(([, setting]) => setting !== undefined)) as ClassifyOptions),
    profiles: join(own.profiles, provider.profiles),
    adapters: join(own.adapters, provider.adapters),
    requestIdHeaders: join(own.requestIdHeaders, provider.requestIdHeaders),
  }
}

/** `own` merged with what the latest provider mounted under the client of `cache` shares, read now. */
export function classifyOptionsFor(cache: QueryCache, own?: ClassifyOptions): ClassifyOptions | undefined {
  const list = shared.get(cache)
  return mergeClassify(own, list?.[list.length - 1]?.options)
}

/**
 * The `QueryClient` TanStack Query hands a request function: a `queryFn`'s
 * context, a `mutationFn`'s second argument (TanStack Query 5.80 and later),
 * so always the last argument.
 */
export function clientOf(args: readonly unknown[]): QueryClient | undefined {
  const client = (args[args.length - 1] as { client?: { getQueryCache?: unknown } } | undefined)?.client
  return typeof client?.getQueryCache === 'function' ? (client as QueryClient) : undefined
}

/** `own` merged with what the provider of the client a request function was handed shares; `own` alone without one. */
export function classifyOptionsForCall(args: readonly unknown[], own?: ClassifyOptions): ClassifyOptions | undefined {
  const client = clientOf(args)
  return client ? classifyOptionsFor(client.getQueryCache(), own) : own
}
