import { describe, expect, it } from 'vitest'
import { createTranslator } from './createTranslator.js'
import { en } from './en.js'
import { fr } from './fr.js'

describe('createTranslator', () => {
  it('formats waits, counts and plurals for the locale', () => {
    for (const [locale, messages] of [['en', undefined], ['fr', fr]] as const) {
      const t = createTranslator({ locale, messages })
      expect(t('ui.wait', { time: t.wait(29_200) })).toBe(messages ? 'Vous pourrez réessayer dans 30 s.' : 'You can try again in 30 s.')
      const count = new Intl.NumberFormat(locale).format(1234)
      expect(t.plural('ui.problems', 1234)).toContain(count)
      expect(t.plural('ui.problems', 1)).toBe(messages ? 'Vérifiez 1 champ' : 'Check 1 field')
      expect(t.locale).toBe(locale)
    }
  })

  it('takes the locale from the catalog, and survives a malformed one', () => {
    expect(createTranslator({ messages: fr }).locale).toBe('fr')
    const t = createTranslator({ locale: 'not a locale!' })
    expect(t.locale).toBe('en')
    expect(t.duration(5000)).toBe('5 s')
  })

  it('gives undefined for a key no catalog has, and ignores inherited names', () => {
    const t = createTranslator()
    expect(t('nope.title')).toBeUndefined()
    expect(t('constructor')).toBeUndefined()
    expect(t('__proto__')).toBeUndefined()
  })

  it('puts an API profile\u2019s copy, in the locale or else English, before the catalog\u2019s', () => {
    const profile = { name: 'Acme', match: [], messages: { en: { 'forbidden.title': 'Acme said no', 'x.title': 'X' }, fr: { 'forbidden.title': 'Acme a dit non' } } }
    const english = createTranslator().forProfile(profile)
    expect(english('forbidden.title')).toBe('Acme said no')
    expect(english('forbidden.description')).toBe(en['forbidden.description'])
    const french = createTranslator({ locale: 'fr-CA', messages: fr }).forProfile(profile)
    expect(french('forbidden.title')).toBe('Acme a dit non')
    expect(french('x.title')).toBe('X')
    expect(createTranslator().forProfile(profile)).not.toBe(english)
    const t = createTranslator()
    expect(t.forProfile(profile)).toBe(t.forProfile(profile))
    expect(t.forProfile(undefined)).toBe(t)
  })

  it('asks the app\u2019s translate first, with the values and the library\u2019s own text', () => {
    const calls: unknown[][] = []
    const t = createTranslator({
      locale: 'fr',
      translate: (key, values, fallback) => {
        calls.push([key, values, fallback])
        return key === 'action.retry' ? 'Encore' : key === 'ui.problems' ? `n=${String(values?.count)}` : fallback
      },
    })
    expect(t('action.retry')).toBe('Encore')
    expect(t('ui.item', { field: 'VIN', message: 'Bad' })).toBe('VIN: Bad')
    expect(calls.at(-1)).toEqual(['ui.item', { field: 'VIN', message: 'Bad' }, 'VIN: Bad'])
    expect(t.plural('ui.problems', 3)).toBe('n=3')
    expect(calls.at(-1)).toEqual(['ui.problems', { count: 3 }, 'Check 3 fields'])
    const profiled = t.forProfile({ name: 'Acme', match: [], messages: { en: { 'q.title': 'Quota' } } })
    expect(profiled('q.title')).toBe('Quota')
    expect(calls.at(-1)).toEqual(['apis/Acme/q.title', undefined, 'Quota'])
  })

  it('treats an empty answer or the key itself as "not in my catalog", and a missing key stays missing', () => {
    const echo = createTranslator({ translate: (key) => key })
    expect(echo('action.retry')).toBe(en['action.retry'])
    expect(echo('nope.title')).toBeUndefined()
    const empty = createTranslator({ translate: () => '' })
    expect(empty('action.retry')).toBe(en['action.retry'])
    const own = createTranslator({ translate: (key, _values, fallback) => (key === 'quota.title' ? 'Quota reached' : fallback) })
    expect(own('quota.title')).toBe('Quota reached')
  })
})
