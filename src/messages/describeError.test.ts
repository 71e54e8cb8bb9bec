import { describe, expect, it } from 'vitest'
import { ApiError, ERROR_CATEGORIES, classifyError, type ApiProfile, type MessageSource } from '../core/index.js'
import { createTranslator } from './createTranslator.js'
import { describeError } from './describeError.js'
import { en } from './en.js'
import { fr } from './fr.js'

// The facts the core records; set here so these tests read them as the messages layer does.
const withFacts = (thrown: unknown, facts: { messageSource?: MessageSource; profile?: string; formErrors?: string[] }) =>
  Object.assign(classifyError(thrown), facts)
const envelope = (status: number, code: string, message = 'Server words.') =>
  withFacts({ status, body: { success: false, error: code, message } }, { messageSource: 'people' })
const keyShaped = /^[\w.-]+\.(title|description|action|support|alone)$|^(ui|action|fields)\./
const locales = [['en', en], ['fr', fr]] as const

describe('describeError', () => {
  it.each(locales)('gives every category a title and a description of its own in %s', (locale, messages) => {
    const seen = new Set<string>()
    for (const category of ERROR_CATEGORIES) {
      const { title, description } = describeError(new ApiError({ category }), { locale, messages })
      expect(title).not.toBe('')
      expect(description).not.toBe('')
      expect(title).not.toMatch(keyShaped)
      seen.add(title)
    }
    expect(seen.size).toBe(ERROR_CATEGORIES.length)
  })

  it('ships a French catalog with every English key, all translated but codes, units and patterns', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
    const same = Object.keys(en).filter((key) => fr[key as keyof typeof en] === en[key as keyof typeof en])
    expect(same.sort()).toEqual(['ui.code', 'ui.duration.h', 'ui.duration.min', 'ui.duration.pair', 'ui.duration.s', 'ui.formError', 'ui.instance'])
  })

  it('keeps only what holds for any API in the default catalogs: categories, actions and ui words', () => {
    const categories = new Set<string>(ERROR_CATEGORIES)
    for (const key of Object.keys(en)) {
      const [head] = key.split('.')
      expect(key === 'locale' || categories.has(head!) || ['ui', 'action', 'fields'].includes(head!)).toBe(true)
    }
  })

  it.each(locales)('gives a seed code with no profile its category\u2019s words, never a key name (%s)', (locale, messages) => {
    for (const [status, code] of [[403, 'ip_not_allowed'], [409, 'duplicate_customer'], [400, 'meter_not_found']] as const) {
      const info = describeError(envelope(status, code), { locale, messages, serverText: false })
      const t = createTranslator({ locale, messages })
      expect(info.title).toBe(t(`${info.error.category}.title`))
      expect(info.description).toBe(t(`${info.error.category}.description`))
    }
  })

  it.each(locales)('says "There is a problem" and what to do when fields have errors, never the field list (%s)', (locale, messages) => {
    const problem = withFacts(
      { status: 400, body: { title: 'Request failed validation.', detail: 'Error on fields: user, trim', status: 400, field_errors: { user: ['Required.'], trim: ['Bad.'] } } },
      { messageSource: 'people' },
    )
    const info = describeError(problem, { locale, messages })
    expect(info.title).toBe(messages['fields.title'])
    expect(info.description).toBe(messages['fields.description'])
    expect(`${info.title} ${info.description}`).not.toMatch(/user|trim/)
  })

  it.each(locales)('makes the category\u2019s own fix the primary action (%s)', (locale, messages) => {
    const describe = (error: unknown, offer = {}) => describeError(error, { locale, messages, offer })
    expect(describe({ status: 401 }).primary).toBe('signIn')
    expect(describe({ status: 401 }).action).toBe(messages['action.signIn'])
    expect(describe({ status: 503 }).primary).toBe('retry')
    expect(describe({ status: 409 }).actions).toEqual([])
    expect(describe({ status: 409 }, { reload: true })).toMatchObject({ primary: 'reload', action: messages['action.reload'] })
    expect(describe({ status: 403 }).actions).toEqual([])
    expect(describe({ status: 500 }).actions).toEqual(['retry'])
    expect(describeError({ status: 500 }, { locale, messages, persistent: true }).actions).toEqual(['retry', 'support'])
    expect(describe({ status: 501 }).actions).toEqual(['support'])
    expect(describe({ status: 404 }).actions).toEqual([])
  })

  it.each(locales)('promises no action the UI does not offer (%s)', (locale, messages) => {
    const signedOut = describeError({ status: 401 }, { locale, messages, offer: { signIn: false } })
    expect(signedOut.actions).toEqual([])
    expect(signedOut.action).toBe('')
    // The title states what happened; no button is implied by it, nor by the description.
    expect(signedOut.title).toBe(messages['unauthenticated.title'])
    expect(signedOut.description).toBe(messages['unauthenticated.alone'])
    expect(`${signedOut.title} ${signedOut.description}`).not.toMatch(/sign in|connectez/i)
    const fivehundred = describeError({ status: 500 }, { locale, messages, persistent: true, offer: { support: false } })
    expect(fivehundred.actions).toEqual(['retry'])
    expect(fivehundred.description).toBe(messages['server.description'])
    expect(describeError({ status: 500 }, { locale, messages, persistent: true }).description).toBe(messages['server.support'])
  })

  it.each(locales)('names no sign-in or support in any category\u2019s words when the UI offers none (%s)', (locale, messages) => {
    const none = { retry: false, signIn: false, reload: false, support: false }
    for (const category of ERROR_CATEGORIES) {
      const info = describeError(new ApiError({ category, status: category === 'server' ? 500 : undefined }), { locale, messages, offer: none, persistent: true })
      expect(info.actions).toEqual([])
      expect(`${info.title} ${info.description}`).not.toMatch(/sign in|contact support|connectez|contactez/i)
    }
  })

  it.each(locales)('reads a 401 the same whatever the API and its words (%s)', (locale, messages) => {
    const answers = [
      envelope(401, 'unauthorized', 'API key is missing, invalid, or revoked.'),
      withFacts({ status: 401, body: { title: 'Not authenticated', status: 401, detail: 'Authentication credentials were not provided.' } }, { messageSource: 'people' }),
      { status: 401, body: { error: 'token expired' } },
      { status: 401 },
    ]
    for (const answer of answers) {
      expect(describeError(answer, { locale, messages })).toMatchObject({ title: messages['unauthenticated.title'], description: messages['unauthenticated.description'] })
    }
  })

  it('names the API to contact when its profile has a support address', () => {
    const disabled: ApiProfile = { name: 'Persium', match: [], supportUrl: 'mailto:support@persium.example' }
    for (const [locale, messages] of locales) {
      const info = describeError({ status: 403, body: { error: 'client disabled' } }, { locale, messages, profile: disabled, offer: { support: false } })
      expect(info.actions).toEqual(['support'])
      expect(info.support).toEqual({ name: 'Persium', url: 'mailto:support@persium.example' })
      expect(info.labels.support).toBe(locale === 'en' ? 'Contact Persium support' : 'Contacter le support Persium')
    }
    // Without its address the app's own support is plain "Contact support".
    expect(describeError({ status: 501 }, { profile: { name: 'Persium', match: [] } }).labels.support).toBe(en['action.support'])
  })

  it.each(locales)('keeps a problem type link for the details, and offers it as an action only when asked (%s)', (locale, messages) => {
    const type = (value: string, learnMore?: boolean) =>
      describeError({ status: 400, body: { type: value, title: 'Bad', detail: 'Bad page size.' } }, { locale, messages, offer: { learnMore } })
    expect(type('https://docs.example/p/', true).labels.learnMore).toBe(messages['action.learnMore'])
    const docs = 'https://api.ev.energy/v2/problems/pagination-paramaters/'
    expect(type(docs).learnMoreUrl).toBe(docs)
    expect(type(docs).actions).toEqual([])
    expect(type(docs, true).actions).toEqual(['learnMore'])
    for (const value of ['javascript:alert(1)', 'urn:problem:x', 'about:blank', 'https://evil.example/ x']) {
      expect(type(value, true).learnMoreUrl).toBeUndefined()
      expect(type(value, true).actions).not.toContain('learnMore')
    }
  })

  it('never tells whether a thing exists on a 404', () => {
    const bodies = [{ error: 'station not found' }, { title: 'Not found', status: 404, detail: 'Station 42 belongs to organisation Acme.' }, { success: false, error: 'not_found', message: 'Job 9 is Acme\u2019s.' }]
    for (const body of bodies) {
      const { title, description } = describeError(withFacts({ status: 404, body }, { messageSource: 'people' }), { serverText: () => true })
      expect(title).toBe(en['not_found.title'])
      expect(description).toBe(en['not_found.description'])
    }
  })

  it('takes overrides for any key and for the app\u2019s own codes, and a problem type by its last segment', () => {
    const messages = { 'not_found.title': 'No such station', 'quota_exceeded.title': 'Plan limit reached', 'quota_exceeded.action': 'Upgrade' }
    expect(describeError({ status: 404 }, { messages }).title).toBe('No such station')
    const quota = describeError({ status: 429, body: { success: false, error: 'quota_exceeded', message: 'm' } }, { messages })
    expect(quota).toMatchObject({ title: 'Plan limit reached', action: 'Upgrade', primary: 'retry' })
    const typed = describeError({ status: 409, body: { type: 'https://any.example/problems/taken/', title: 'Taken' } }, { messages: { 'taken.title': 'Name taken' } })
    expect(typed.title).toBe('Name taken')
  })

  it('falls back to English for a key a catalog lacks, never to a key name', () => {
    const partial = { locale: 'fr', 'not_found.title': 'Introuvable' }
    const info = describeError({ status: 404 }, { messages: partial })
    expect(info.title).toBe('Introuvable')
    expect(info.description).toBe(en['not_found.description'])
    expect(describeError(envelope(418, 'teapot_mode')).title).toBe(en['client.title'])
    // A code named like one of the catalogs' groups never reaches their words.
    for (const code of ['ui', 'action', 'fields', 'https://x.example/problems/ui/']) {
      expect(describeError(envelope(400, code), { serverText: false })).toMatchObject({ title: en['validation.title'], description: en['validation.description'] })
    }
  })

  it('words a failure whose profile\u2019s reword throws as if it had none', () => {
    const broken: ApiProfile = { name: 'Broken', match: [], reword: () => { throw new Error('quirk') } }
    expect(describeError({ status: 400 }, { profile: broken }).description).toBe(en['validation.description'])
  })

  it('finds the profile the classifier named among the app\u2019s profiles', () => {
    const acme: ApiProfile = { name: 'Acme', match: [], messages: { en: { 'quota.title': 'Acme quota reached' }, fr: { 'quota.title': 'Quota Acme atteint' } } }
    const error = withFacts({ status: 429, body: { success: false, error: 'quota', message: 'm' } }, { profile: 'Acme' })
    expect(describeError(error, { profiles: [acme] })).toMatchObject({ title: 'Acme quota reached', profile: acme })
    expect(describeError(error, { profiles: [acme], messages: fr }).title).toBe('Quota Acme atteint')
    expect(describeError(error, { classify: { profiles: [acme] } }).title).toBe('Acme quota reached')
    expect(describeError(error).title).toBe(en['rate_limited.title'])
    // Classified before the profiles were known: found by its URL.
    const early = classifyError({ url: 'https://acme.example/v1/y', status: 429, body: { success: false, error: 'quota', message: 'm' } })
    expect(describeError(early, { profiles: [{ ...acme, match: 'https://acme.example/' }] }).title).toBe('Acme quota reached')
    // A raw failure with its URL is matched against the same profiles.
    const raw = { url: 'https://acme.example/v1/x', status: 429, body: { success: false, error: 'quota', message: 'm' } }
    expect(describeError(raw, { profiles: [{ ...acme, match: 'https://acme.example/' }] }).title).toBe('Acme quota reached')
  })
})
