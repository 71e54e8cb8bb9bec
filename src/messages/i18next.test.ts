import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { createTranslator } from './createTranslator.js'
import { describeError } from './describeError.js'
import { describeFormError } from './describeFormError.js'
import { en } from './en.js'
import type { Translate } from './Messages.js'

// A real i18next instance supplies the words, as react-i18next's `t` would.
async function i18n(language: string, translation: Record<string, string>) {
  const instance = i18next.createInstance()
  await instance.init({ lng: language, fallbackLng: false, resources: { [language]: { translation } }, interpolation: { escapeValue: false } })
  const translate: Translate = (key, values, fallback) => instance.t(key, { ...values, defaultValue: fallback })
  return translate
}

describe('translate with i18next', () => {
  it('lets the app\u2019s catalog supply every word, with its own interpolation and plurals', async () => {
    const translate = await i18n('de', {
      'not_found.title': 'Nicht gefunden',
      'action.retry': 'Erneut versuchen',
      'ui.wait': 'In {{time}} erneut möglich.',
      'ui.problems_one': '{{count}} Feld prüfen',
      'ui.problems_other': '{{count}} Felder prüfen',
      'ui.duration.s': '{{count}} Sek.',
    })
    const t = createTranslator({ locale: 'de', translate })
    expect(describeError({ status: 404 }, { translator: t }).title).toBe('Nicht gefunden')
    expect(describeError({ status: 503 }, { translator: t }).action).toBe('Erneut versuchen')
    expect(t('ui.wait', { time: t.wait(30_000) })).toBe('In 30 Sek. erneut möglich.')
    expect(t.plural('ui.problems', 1)).toBe('1 Feld prüfen')
    expect(t.plural('ui.problems', 3)).toBe('3 Felder prüfen')
  })

  it('falls back to the library\u2019s words for keys the app\u2019s catalog lacks', async () => {
    const translate = await i18n('en', {})
    const info = describeError({ status: 404 }, { translate })
    expect(info.title).toBe(en['not_found.title'])
    expect(describeFormError({ status: 500 }, { translate })).toBe(`${en['server.title']}. ${en['server.description']}`)
    expect(createTranslator({ translate })('nope.title')).toBeUndefined()
  })

  it('gives API profile copy under its own key, so a generic key does not replace it', async () => {
    const translate = await i18n('en', { 'forbidden.title': 'Access denied', 'apis/Acme/forbidden.title': 'Acme closed your access' })
    const acme = { name: 'Acme', match: [], messages: { en: { 'forbidden.title': 'Acme said no' } } }
    expect(describeError({ status: 403 }, { translate }).title).toBe('Access denied')
    expect(describeError({ status: 403 }, { translate, profile: acme }).title).toBe('Acme closed your access')
  })
})
