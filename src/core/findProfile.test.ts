import { describe, expect, it } from 'vitest'
import type { ApiProfile } from './ApiProfile.js'
import { classifyError } from './classifyError.js'
import { findProfile } from './findProfile.js'
import { toApiError } from './toApiError.js'

// GitHub says "rate limited" with a 403 and x-ratelimit-remaining: 0.
const github: ApiProfile = {
  name: 'GitHub',
  match: 'https://api.github.com',
  refine: (error, response) => (error.status === 403 && response.header('x-ratelimit-remaining') === '0' ? { category: 'rate_limited' } : undefined),
}
const persium: ApiProfile = { name: 'Persium', match: ['/api/persium/', 'https://persium.example.test'] }
const byPredicate: ApiProfile = { name: 'Predicate', match: (url) => url.includes('.internal.') }

const respond = (url: string, status: number, headers: Record<string, string> = {}) => {
  const response = new Response('{"message":"API rate limit exceeded"}', { status, headers })
  Object.defineProperty(response, 'url', { value: url })
  return response
}

describe('findProfile', () => {
  const options = { profiles: [github, persium, byPredicate] }

  it('matches an origin at a boundary, never a longer host', () => {
    expect(findProfile('https://api.github.com/repos/a/b', options)).toBe(github)
    expect(findProfile('https://api.github.com', options)).toBe(github)
    expect(findProfile('https://api.github.com?page=2', options)).toBe(github)
    expect(findProfile('https://api.github.com.evil.test/repos', options)).toBeUndefined()
  })

  it('matches a path prefix against any origin and against relative URLs', () => {
    expect(findProfile('https://dashboard.test/api/persium/meters', options)).toBe(persium)
    expect(findProfile('/api/persium/meters', options)).toBe(persium)
    expect(findProfile('/api/persiumx/meters', options)).toBeUndefined()
    expect(findProfile('https://persium.example.test/v1', options)).toBe(persium)
  })

  it('matches by predicate, and a predicate that throws matches nothing', () => {
    expect(findProfile('https://db.internal.test/x', options)).toBe(byPredicate)
    const throwing: ApiProfile = { name: 'Broken', match: () => { throw new Error('bug') } }
    expect(findProfile('https://x.test', { profiles: [throwing, byPredicate] })).toBeUndefined()
  })

  it('takes options.profile whatever the URL, also with none', () => {
    expect(findProfile(undefined, { profile: persium, profiles: [github] })).toBe(persium)
    expect(findProfile('https://api.github.com/x', { profile: persium, profiles: [github] })).toBe(persium)
  })
})

describe('profiles in classification', () => {
  it('refines a GitHub 403 with no requests left into a retryable rate_limited, and names the profile', async () => {
    const error = await toApiError(respond('https://api.github.com/user', 403, { 'x-ratelimit-remaining': '0' }), { profiles: [github] })
    expect(error).toMatchObject({ category: 'rate_limited', status: 403, retryable: true, profile: 'GitHub', url: 'https://api.github.com/user' })
    expect(error.message).toBe('API rate limit exceeded')
  })

  it('leaves another 403 of the same API forbidden, and another API\'s 403 unnamed', async () => {
    const error = await toApiError(respond('https://api.github.com/user', 403, { 'x-ratelimit-remaining': '12' }), { profiles: [github] })
    expect(error).toMatchObject({ category: 'forbidden', retryable: false, profile: 'GitHub' })
    const other = await toApiError(respond('https://gitlab.test/user', 403, { 'x-ratelimit-remaining': '0' }), { profiles: [github] })
    expect(other).toMatchObject({ category: 'forbidden', profile: undefined })
  })

  it('never throws when a refine throws: the rules\' classification stands', () => {
    const broken: ApiProfile = { name: 'Broken', match: '/', refine: () => { throw new Error('bug in a quirk') } }
    const error = classifyError({ status: 503, url: '/api/x' }, { profiles: [broken] })
    expect(error).toMatchObject({ category: 'unavailable', retryable: true, profile: 'Broken' })
  })

  it('applies a forced profile to failures without a URL, network ones included', () => {
    const error = classifyError(new TypeError('Failed to fetch'), { profile: persium })
    expect(error).toMatchObject({ category: 'network', profile: 'Persium' })
  })
})
