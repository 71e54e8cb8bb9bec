import { describe, expect, it } from 'vitest'
import { classifyError, type MessageSource } from '../core/index.js'
import { createTranslator } from './createTranslator.js'
import { describeError } from './describeError.js'
import { en } from './en.js'
import { fr } from './fr.js'
import { formErrorsToShow, serverText } from './serverText.js'

const withFacts = (thrown: unknown, facts: { messageSource?: MessageSource; formErrors?: string[] }) => Object.assign(classifyError(thrown), facts)
const said = (status: number, message: string, messageSource: MessageSource = 'people', extra: object = {}) =>
  withFacts({ status, body: { success: false, error: 'some_code', message, ...extra } }, { messageSource })
const english = createTranslator()
const french = createTranslator({ messages: fr })

describe('serverText', () => {
  it('shows words the API means for people, and no other source', () => {
    expect(serverText(said(400, 'Email is not valid.'), english)).toBe('Email is not valid.')
    for (const source of ['framework', 'text', 'none'] as const) expect(serverText(said(400, 'Email is not valid.', source), english)).toBeUndefined()
    // As the core records it: a bare `{ error: "text" }` is a framework's, an envelope's message is for people.
    expect(serverText(classifyError({ status: 400, body: { error: 'uuid is required' } }), english)).toBeUndefined()
  })

  it('reads the recorded source, not the body: a body shaped for people with a framework source stays hidden', () => {
    const error = withFacts({ status: 400, body: { detail: 'Invalid page.', title: 'Bad' } }, { messageSource: 'framework' })
    expect(serverText(error, english)).toBeUndefined()
  })

  it.each([
    ['en', 'en', true],
    ['en', 'fr', false],
    ['fr', 'en', false],
    ['fr', 'fr', true],
    ['fr-CA', 'fr-FR', true],
  ] as const)('in a %s catalog, shows text an API writes in %s only in that language: %s', (locale, language, shown) => {
    const t = createTranslator({ locale, messages: locale === 'en' ? undefined : fr })
    const error = said(400, 'Valeur invalide.')
    expect(serverText(error, t, { serverLanguage: language }) !== undefined).toBe(shown)
    expect(serverText(error, t, { profile: { name: 'X', match: [], language } }) !== undefined).toBe(shown)
  })

  it('takes the profile\u2019s language over the app\u2019s serverLanguage, and English by default', () => {
    const error = said(409, 'Ce client existe déjà.')
    expect(serverText(error, french)).toBeUndefined()
    expect(serverText(error, french, { serverLanguage: 'en', profile: { name: 'X', match: [], language: 'fr' } })).toBe('Ce client existe déjà.')
    expect(serverText(error, english, { serverLanguage: 'fr', profile: { name: 'X', match: [] } })).toBeUndefined()
  })

  it('never shows text beside a wait, nor for auth, 404, 405, 429 or 5xx', () => {
    const waited = withFacts({ status: 400, headers: { 'retry-after': '30' }, body: { message: 'Try again in 30 seconds.' } }, { messageSource: 'people' })
    expect(waited.retryAfterMs).toBe(30_000)
    expect(serverText(waited, english)).toBeUndefined()
    for (const status of [401, 403, 404, 405, 429, 500, 502, 503]) expect(serverText(said(status, 'Words for people.'), english, { serverText: () => true })).toBeUndefined()
  })

  it('shows only one short line', () => {
    expect(serverText(said(400, 'x'.repeat(301)), english)).toBeUndefined()
    expect(serverText(said(400, 'TypeError: x is undefined\n    at handler (/srv/app.js:10:5)'), english)).toBeUndefined()
    expect(serverText(said(400, ''), english)).toBeUndefined()
  })

  it('lets the app turn server text off, or vouch for other sources, within the same rules', () => {
    const nest = withFacts({ status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', message: 'email must be an email' } }, { messageSource: 'framework' })
    expect(serverText(nest, english)).toBeUndefined()
    expect(serverText(nest, english, { serverText: () => true })).toBe('email must be an email')
    expect(serverText(nest, french, { serverText: () => true })).toBeUndefined()
    expect(serverText(said(400, 'Email bad.'), english, { serverText: false })).toBeUndefined()
  })

  it.each([['en', en], ['fr', fr]] as const)('leaves the server\u2019s time sentence out of a 429 in %s: the countdown says it', (locale, messages) => {
    const limited = withFacts(
      { status: 429, headers: { 'retry-after': '30' }, body: { success: false, error: 'rate_limit_exceeded', message: 'Too many requests. Try again in 30 seconds.' } },
      { messageSource: 'people' },
    )
    const { description } = describeError(limited, { locale, messages, serverText: () => true })
    expect(description).toBe(messages['rate_limited.description'])
    expect(description).not.toMatch(/\d/)
  })
})

describe('formErrorsToShow', () => {
  it('gives the form-level messages in the API\u2019s language only, one line each', () => {
    const error = withFacts({ status: 400, body: {} }, { formErrors: ['Unable to log in with the details given.', 'bad\nline'] })
    expect(formErrorsToShow(error, english)).toEqual(['Unable to log in with the details given.'])
    expect(formErrorsToShow(error, french)).toEqual([])
    expect(formErrorsToShow(error, french, { serverLanguage: 'fr' })).toEqual(['Unable to log in with the details given.'])
    expect(formErrorsToShow(error, english, { serverText: false })).toEqual([])
    expect(describeError(error).formErrors).toEqual(['Unable to log in with the details given.'])
    const onServer = Object.assign(classifyError({ status: 500 }), { formErrors: ['Saved nothing.'] })
    expect(formErrorsToShow(onServer, english, { serverText: () => true })).toEqual([])
  })
})
