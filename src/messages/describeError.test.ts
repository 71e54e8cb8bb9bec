import { ApiError, ERROR_CATEGORIES, classifyError } from '../core/index.js'
import { createTranslator } from './createTranslator.js'
import { describeError } from './describeError.js'
import { en } from './en.js'
import { fr } from './fr.js'

const envelope = (status: number, code: string, message = 'Server words.') => ({ status, body: { success: false, error: code, message } })
const keyShaped = /^[\w.]+\.(title|description|action)$|^(ui|action|parse)\./

describe('describeError', () => {
  it.each([
    ['en', undefined],
    ['fr', fr],
  ])('gives every category a title and a description of its own in %s', (locale, messages) => {
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

  it('ships a French catalog with every English key, all translated but codes and examples', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
    const same = Object.keys(en).filter((key) => fr[key as keyof typeof en] === en[key as keyof typeof en])
    expect(same).toEqual(['ui.code', 'ui.instance'])
  })

  // The enterprise API's documented codes, each with the status it comes with.
  const seedCodes: [string, number][] = [
    ['validation_failed', 400], ['missing_required_field', 400], ['invalid_status_transition', 400], ['meter_not_found', 400],
    ['unauthorized', 401], ['forbidden', 403], ['ip_not_allowed', 403], ['scope_not_authorized', 403], ['not_found', 404],
    ['method_not_allowed', 405], ['duplicate_customer', 409], ['rate_limit_exceeded', 429], ['server_error', 500],
  ]

  it.each(seedCodes)('words the seed code %s (%i) in both locales', (code, status) => {
    for (const messages of [undefined, fr]) {
      const info = describeError(envelope(status, code), { messages })
      const t = createTranslator({ messages })
      const own = t(`${code}.title`)
      expect(info.title).toBe(own ?? t(`${info.error.category}.title`))
      expect(info.description).not.toMatch(keyShaped)
      expect(info.description).not.toBe('')
    }
  })

  it('gives the codes that ask for different fixes different words', () => {
    const fixes = ['ip_not_allowed', 'scope_not_authorized', 'duplicate_customer', 'invalid_status_transition', 'meter_not_found']
    const descriptions = fixes.map((code) => describeError(envelope(400, code)).description)
    expect(new Set(descriptions).size).toBe(fixes.length)
    expect(describeError(envelope(403, 'ip_not_allowed')).description).toMatch(/IP address/)
    expect(describeError(envelope(403, 'scope_not_authorized')).description).toMatch(/scope/)
  })

  it('shows the envelope message and the problem detail, where the code has no words of its own', () => {
    expect(describeError(envelope(400, 'validation_failed', 'Email is not valid.')).description).toBe('Email is not valid.')
    const problem = { status: 400, body: { title: 'Invalid pagination parameter', status: 400, detail: 'Invalid value for pagination parameter: page_size' } }
    expect(describeError(problem).description).toBe('Invalid value for pagination parameter: page_size')
    // A code with its own description keeps it.
    expect(describeError(envelope(409, 'duplicate_customer', 'dup')).description).toBe(en['duplicate_customer.description'])
  })

  it('never shows HTML, 5xx bodies, stack traces, long text or undocumented shapes', () => {
    const category = (status: number) => classifyError({ status }).category
    const generic = (status: number) => en[`${category(status)}.description` as keyof typeof en]
    const cases: [number, unknown][] = [
      [500, 'panic: runtime error: index out of range'],
      [502, { success: false, error: 'bad_gateway', message: 'upstream 10.0.0.3 refused' }],
      [400, '<html><body><h1>Bad Request</h1></body></html>'],
      [400, { detail: 'TypeError: x is undefined\n    at handler (/srv/app.js:10:5)' }],
      [400, { detail: 'x'.repeat(301) }],
      [400, { error: 'uuid is required' }],
      [422, { message: 'internal validator said no' }],
    ]
    for (const [status, body] of cases) expect(describeError({ status, body }).description).toBe(generic(status))
  })

  it('says recognised parse errors in plain words, in the locale', () => {
    const persium = (error: string) => describeError({ status: 400, body: { error } })
    expect(persium('strconv.Atoi: parsing "two": invalid syntax').description).toBe('\u201ctwo\u201d is not a valid number.')
    expect(persium('parsing time "2026-05-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"').description).toBe(
      '\u201c2026-05-01\u201d is not a valid date and time.',
    )
    const timeSeries = "Invalid 'to' timestamp: Invalid timestamp or format: 2025-05-25T09:41:00, valid formats are ISO8601 or YYYY-MM-DD"
    expect(persium(timeSeries).description).toBe('The \u201cto\u201d date or time is not valid.')
    expect(describeError({ status: 400, body: { error: timeSeries } }, { messages: fr }).description).toBe('La date ou l\u2019heure \u00ab to \u00bb n\u2019est pas valide.')
    expect(persium('strconv.Atoi: parsing "two": invalid syntax').description).not.toMatch(/strconv/)
  })

  it('never tells whether a thing exists on a 404', () => {
    for (const body of [{ error: 'station not found' }, { title: 'Not found', status: 404, detail: 'Station 42 belongs to organisation Acme.' }, envelope(404, 'not_found').body]) {
      const { title, description } = describeError({ status: 404, body })
      expect(title).toBe(en['not_found.title'])
      expect(description).toBe(en['not_found.description'])
      expect(description).toMatch(/or you do not have access/)
    }
  })

  it('lets the app turn server text off, or allow more shapes, but never a 5xx', () => {
    const nest = { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: 'email must be an email' } }
    expect(describeError(nest).description).toBe(en['validation.description'])
    expect(describeError(nest, { serverText: () => true }).description).toBe('email must be an email')
    expect(describeError({ status: 500, body: { detail: 'db down' } }, { serverText: () => true }).description).toBe(en['server.description'])
    expect(describeError(envelope(400, 'validation_failed', 'Email bad.'), { serverText: false }).description).toBe(en['validation.description'])
  })

  it('offers the actions that help each failure', () => {
    const actions = (error: unknown, persistent?: boolean) => describeError(error, { persistent }).actions
    expect(actions({ status: 429 })).toEqual(['retry'])
    expect(actions(new TypeError('Failed to fetch'))).toEqual(['retry'])
    expect(actions({ status: 401 })).toEqual(['signIn'])
    expect(actions({ status: 403 })).toEqual(['support'])
    expect(actions({ status: 500 })).toEqual(['retry'])
    expect(actions({ status: 500 }, true)).toEqual(['retry', 'support'])
    expect(actions({ status: 501 })).toEqual(['support'])
    expect(actions({ status: 404 })).toEqual([])
    expect(describeError({ status: 401 }).action).toBe('Sign in')
  })

  it('links "learn more" only to an http(s) problem type', () => {
    const type = (value: string) => describeError({ status: 400, body: { type: value, title: 'Bad', detail: 'Bad page size.' } })
    const docs = 'https://api.ev.energy/v2/problems/pagination-paramaters/'
    expect(type(docs).learnMoreUrl).toBe(docs)
    expect(type(docs).actions).toEqual(['learnMore'])
    for (const value of ['javascript:alert(1)', 'urn:problem:x', 'about:blank', 'https://evil.example/ x']) {
      expect(type(value).learnMoreUrl).toBeUndefined()
      expect(type(value).actions).not.toContain('learnMore')
    }
  })

  it('takes overrides for any key and for the app\u2019s own codes', () => {
    const messages = { 'not_found.title': 'No such station', 'quota_exceeded.title': 'Plan limit reached', 'quota_exceeded.action': 'Upgrade' }
    expect(describeError({ status: 404 }, { messages }).title).toBe('No such station')
    const quota = describeError({ status: 429, body: { success: false, error: 'quota_exceeded', message: 'm' } }, { messages })
    expect(quota.title).toBe('Plan limit reached')
    expect(quota.action).toBe('Upgrade')
  })

  it('falls back to English for a key a catalog lacks, never to a key name', () => {
    const partial = { locale: 'fr', 'not_found.title': 'Introuvable' }
    const info = describeError({ status: 404 }, { messages: partial })
    expect(info.title).toBe('Introuvable')
    expect(info.description).toBe(en['not_found.description'])
    const unknownCode = describeError(envelope(418, 'teapot_mode'))
    expect(unknownCode.title).toBe(en['client.title'])
  })
})

describe('createTranslator', () => {
  it('formats waits, counts and plurals for the locale', () => {
    for (const [locale, messages] of [['en', undefined], ['fr', fr]] as const) {
      const t = createTranslator({ locale, messages })
      const relative = new Intl.RelativeTimeFormat(locale)
      expect(t('ui.wait', { time: t.wait(29_200) })).toContain(relative.format(30, 'second'))
      expect(t.wait(150_000)).toBe(relative.format(3, 'minute'))
      const count = new Intl.NumberFormat(locale).format(1234)
      expect(t.plural('ui.problems', 1234)).toContain(count)
      expect(t.plural('ui.problems', 1)).toBe(messages ? 'Vérifiez 1 champ' : 'Check 1 field')
    }
  })

  it('takes the locale from the catalog, and survives a malformed one', () => {
    expect(createTranslator({ messages: fr }).wait(5000)).toBe(new Intl.RelativeTimeFormat('fr').format(5, 'second'))
    const t = createTranslator({ locale: 'not a locale!' })
    expect(t.wait(5000)).toBe(new Intl.RelativeTimeFormat('en').format(5, 'second'))
  })

  it('gives undefined for a key no catalog has, and ignores inherited names', () => {
    const t = createTranslator()
    expect(t('nope.title')).toBeUndefined()
    expect(t('constructor')).toBeUndefined()
    expect(t('__proto__')).toBeUndefined()
  })
})
