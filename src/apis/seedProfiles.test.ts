// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setupServer } from 'msw/node'
import { failureNames, resetSeedApis, seedApis, seedHandlers, seedProfiles, type SeedApi } from '../../stories/api/index.js'
import { toApiError, type ApiError } from '../core/index.js'
import { createTranslator } from '../messages/createTranslator.js'
import { describeError } from '../messages/describeError.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { evEnergy } from './evEnergy.js'
import { jobs } from './jobs.js'
import { persium } from './persium.js'
import { perspio } from './perspio.js'
import { timeSeries } from './timeSeries.js'

// Each profile against its API's document, as the emulation (stories/api) serves it.
const server = setupServer(...seedHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => resetSeedApis())
afterAll(() => server.close())

const locales = [['en', en], ['fr', fr]] as const
const byName = (name: string) => seedApis.find((api) => api.profile.name === name)!

async function failure(api: SeedApi, fail: string, path = api.sample): Promise<ApiError> {
  const url = new URL(path, 'http://localhost')
  url.searchParams.set('fail', fail)
  const response = await fetch(url)
  return toApiError(response, { profiles: seedProfiles })
}
async function live(path: string, init?: RequestInit) {
  return toApiError(await fetch(new URL(path, 'http://localhost'), init), { profiles: seedProfiles })
}

// Words for the API's integrators, not the dashboard's users.
const integratorWords = /API key|X-API-Key|Settings \u2192|scope|whitelist|header|endpoint|strconv|parsing time|Cl\u00e9s d\u2019API|en-t\u00eate/i

describe('the seed API profiles', () => {
  it.each(seedApis.map((api) => [api.name, api] as const))('name every failure of %s and word it for users in English and French', async (_, api) => {
    for (const name of failureNames(api).filter((fail) => fail !== 'network')) {
      const error = await failure(api, name)
      expect(error.profile).toBe(api.profile.name)
      for (const [locale, messages] of locales) {
        const info = describeError(error, { locale, messages, profiles: seedProfiles })
        const t = createTranslator({ locale, messages })
        expect(info.profile).toBe(api.profile)
        for (const words of [info.title, info.description, info.action]) {
          expect(words).not.toMatch(/^[\w.-]+\.(title|description)$/)
          expect(words).not.toMatch(integratorWords)
        }
        expect(info.title).not.toBe('')
        if (locale === 'fr') expect(info.description).not.toBe(error.message)
        // One voice for signing in and for what may not exist, whatever the API.
        if (error.category === 'unauthenticated' || error.category === 'not_found') {
          expect(info.title).toBe(t(`${error.category}.title`))
          expect(info.description).toBe(t(`${error.category}.description`))
        }
      }
    }
  })

  it.each(seedApis.map((api) => [api.name, api] as const))('fall back to the category\u2019s words when %s\u2019s profile is removed', async (_, api) => {
    for (const name of Object.keys(api.scenarios)) {
      const error = await toApiError(await fetch(new URL(`${api.sample.split('?')[0]}?fail=${name}`, 'http://localhost')))
      expect(error.profile).toBeUndefined()
      for (const [locale, messages] of locales) {
        const info = describeError(error, { locale, messages, serverText: false })
        const t = createTranslator({ locale, messages })
        const fields = Object.keys(error.fieldErrors).length > 0
        expect(info.title).toBe(t(fields ? 'fields.title' : `${error.category}.title`))
      }
    }
  })

  it.each(locales)('say Persium\u2019s Go parse errors in plain words (%s)', async (locale, messages) => {
    const words = (error: ApiError) => describeError(error, { locale, messages, profiles: seedProfiles }).description
    const number = await live('/api/persium/v1/stations?per_page=two')
    expect(words(number)).toBe(persium.messages![locale]!['parse.number']!.replace('{value}', 'two'))
    const time = await live('/api/persium/v1/stations/0f8b6c52-3d7e-4f1a-9c2b-5e6d7a8b9c01/readings?start_time=2026-05-01')
    expect(words(time)).toContain('2026-05-01')
    expect(words(time)).not.toMatch(/parsing|2006-01-02/)
    // Other Persium 400s are not Go's: the category's words.
    expect(words(await failure(byName('Persium'), 'uuid_required'))).toBe(messages['validation.description'])
  })

  it.each(locales)('say the time-series timestamp complaint as the start or end of the period (%s)', async (locale, messages) => {
    const words = async (query: string) => describeError(await live(`/api/timeseries/v1/plant-a/temperature?${query}`), { locale, messages, profiles: seedProfiles }).description
    expect(await words('from=2026-05-01&to=2025-05-25T09:41:00')).toBe(timeSeries.messages![locale]!['timestamp.to'])
    expect(await words('from=yesterday')).toBe(timeSeries.messages![locale]!['timestamp.from'])
  })

  it.each(locales)('give the jobs API\u2019s codes their own fix, for the dashboard\u2019s users (%s)', async (locale, messages) => {
    const api = byName(jobs.name)
    for (const code of ['ip_not_allowed', 'scope_not_authorized', 'duplicate_customer', 'meter_not_found', 'invalid_status_transition', 'missing_required_field']) {
      const info = describeError(await failure(api, code), { locale, messages, profiles: seedProfiles })
      expect(info.title).toBe(jobs.messages![locale]![`${code}.title`])
    }
    const duplicate = await live('/api/jobs/v1/customers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'N', email: 'ops@northwind.example' }) })
    const info = describeError(duplicate, { locale, messages, profiles: seedProfiles, offer: { reload: true } })
    expect(info).toMatchObject({ title: jobs.messages![locale]!['duplicate_customer.title'], primary: 'reload' })
  })

  it.each(locales)('title a duplicate VIN as what it is, not as a conflicting change (%s)', async (locale, messages) => {
    const info = describeError(await failure(byName(evEnergy.name), 'conflict'), { locale, messages, profiles: seedProfiles })
    expect(info.title).toBe(evEnergy.messages![locale]!['vehicle-already-registered.title'])
    expect(info.title).not.toBe(messages['conflict.title'])
    const fields = describeError(await failure(byName(evEnergy.name), 'validation_failed'), { locale, messages, profiles: seedProfiles })
    expect(fields).toMatchObject({ title: messages['fields.title'], description: messages['fields.description'] })
  })

  it('let "Contact Persium support" name who to contact once the app gives Persium\u2019s address', async () => {
    const withSupport = { ...byName('Persium').profile, supportUrl: 'mailto:help@persium.example' }
    const error = await failure(byName('Persium'), 'client_disabled')
    expect(describeError(error, { profiles: seedProfiles }).actions).toEqual([])
    const info = describeError(error, { profiles: [withSupport], offer: { support: false } })
    expect(info).toMatchObject({ primary: 'support', action: 'Contact Persium support', support: { name: 'Persium', url: 'mailto:help@persium.example' } })
    expect(describeError(error, { profile: withSupport, messages: fr }).action).toBe('Contacter le support Persium')
  })

  it('ship every profile\u2019s copy in English and French, key for key, and name each API', () => {
    for (const profile of [persium, perspio, evEnergy, jobs, timeSeries]) {
      expect(profile.name).not.toBe('')
      const { en: english = {}, fr: french = {} } = profile.messages ?? {}
      expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort())
      for (const key of Object.keys(english)) expect(french[key]).not.toBe(english[key])
      for (const key of Object.keys(english)) expect(key).not.toMatch(/^(unauthenticated|unauthorized)\./)
    }
  })
})
