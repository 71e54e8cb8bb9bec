import { describe, expect, it } from 'vitest'
import { classifyError } from '../core/index.js'
import { describeFormError } from './describeFormError.js'
import { en } from './en.js'
import { fr } from './fr.js'

describe('describeFormError', () => {
  it.each([['en', en], ['fr', fr]] as const)('says what failed as well as what to do (%s)', (locale, messages) => {
    const text = describeFormError({ status: 500 }, { locale, messages })
    expect(text).toBe(`${messages['server.title']}. ${messages['server.description']}`)
    expect(describeFormError(new TypeError('Failed to fetch'), { locale, messages })).toBe(`${messages['network.title']}. ${messages['network.description']}`)
  })

  it.each([['en', en], ['fr', fr]] as const)('for field errors, says there is a problem and what to do, never the field list (%s)', (locale, messages) => {
    const error = Object.assign(classifyError({ status: 400, body: { detail: 'Error on fields: user, trim', field_errors: { user: ['Required.'] } } }), { messageSource: 'people' as const })
    const text = describeFormError(error, { locale, messages })
    expect(text).toBe(`${messages['fields.title']}. ${messages['fields.description']}`)
    expect(text).not.toMatch(/user|trim/)
  })

  it('keeps the server\u2019s words where they may be shown, after the title', () => {
    const error = Object.assign(classifyError({ status: 409, body: { success: false, error: 'taken', message: 'That name is taken.' } }), { messageSource: 'people' as const })
    expect(describeFormError(error)).toBe(`${en['conflict.title']}. That name is taken.`)
    expect(describeFormError(error, { messages: { 'ui.formError': '{title} \u2014 {description}' } })).toBe(`${en['conflict.title']} \u2014 That name is taken.`)
  })
})
