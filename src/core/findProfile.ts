import type { ApiProfile } from './ApiProfile.js'
import type { ClassifyOptions } from './ClassifyOptions.js'

const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i

/**
 * Whether a URL starts with an origin or prefix at a boundary: `https://api.github.com`
 * matches `https://api.github.com/repos` but not `https://api.github.com.evil.test`.
 * A prefix starting with `/` is compared with the URL's path, so it matches
 * relative URLs (axios without a `baseURL`) and any origin.
 */
function startsWith(url: string, prefix: string): boolean {
  const target = prefix[0] === '/' ? url.replace(origin, '') : url
  return target.startsWith(prefix) && (prefix.endsWith('/') || /^([/?#]|$)/.test(target.slice(prefix.length)))
}

/** The profile a failure is classified with: `options.profile`, else the first of `options.profiles` whose `match` takes the URL. */
export function findProfile(url: string | undefined, options: ClassifyOptions): ApiProfile | undefined {
  if (options.profile) return options.profile
  if (url === undefined) return undefined
  return options.profiles?.find(({ match }) => {
    try {
      return typeof match === 'function' ? match(url) : (typeof match === 'string' ? [match] : match).some((prefix) => startsWith(url, prefix))
    } catch {
      // A predicate that throws matches nothing: the classifier never throws.
      return false
    }
  })
}
