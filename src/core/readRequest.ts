import { clip, isObject, str, type Bag } from './guards.js'

// axios' own test for a URL that does not take its baseURL.
const absolute = /^([a-z][a-z\d+.-]*:)?\/\//i

/** axios' `config`: its `url`, joined to `baseURL` as axios joins them. */
function axiosUrl(config: Bag): string | undefined {
  const url = str(config.url)
  const base = str(config.baseURL)
  return base && url !== undefined && !absolute.test(url) ? base.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, '') : url
}

/**
 * The URL and method of the request that failed, as far as what was thrown
 * says: a `Response`'s `url`; ky's and ofetch's `error.response.url` and
 * `error.request` (a `Request`, or ofetch's URL string); axios' `config`
 * (`baseURL` + `url`, `method`); ofetch's `options.method`; a record's own
 * `url` and `method`. Nothing when it says nothing, or cannot be read.
 */
export function readRequest(cause: unknown): [url?: string, method?: string] {
  try {
    if (!isObject(cause)) return []
    const { config, request, response, options } = cause
    const sent: Bag = isObject(request) ? request : { url: request }
    const url =
      (isObject(response) && str(response.url)) || str(cause.url) || str(sent.url) || (isObject(config) ? axiosUrl(config) : undefined)
    const method = (isObject(config) && str(config.method)) || str(sent.method) || (isObject(options) && str(options.method)) || str(cause.method)
    return [url ? clip(url, 2000) : undefined, method ? method.toUpperCase() : undefined]
  } catch {
    // A getter that throws: the classification stands without these facts.
    return []
  }
}
