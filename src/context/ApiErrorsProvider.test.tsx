import { describe, expect, it } from 'vitest'
import { render, renderHook, screen } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactNode } from 'react'
import type { ApiProfile } from '../core/index.js'
import { ErrorMessage } from '../components/ErrorMessage.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { ApiErrorsProvider, useApiErrorsConfig, type ApiErrorsConfig } from './ApiErrorsProvider.js'
import { useTranslator } from './useTranslator.js'

describe('ApiErrorsProvider', () => {
  it('gives an empty configuration, and English, without a provider', () => {
    expect(renderHook(() => useApiErrorsConfig()).result.current).toEqual({})
    expect(renderHook(() => useTranslator()).result.current('action.retry')).toBe(en['action.retry'])
  })

  it('keeps the same configuration and translator while its props do not change', () => {
    const onSignIn = () => {}
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiErrorsProvider locale="fr" messages={fr} onSignIn={onSignIn}>
        {children}
      </ApiErrorsProvider>
    )
    const { result, rerender } = renderHook(() => ({ config: useApiErrorsConfig(), t: useTranslator() }), { wrapper })
    const first = result.current
    rerender()
    expect(result.current.config).toBe(first.config)
    expect(result.current.t).toBe(first.t)
    expect(first.config).toMatchObject({ locale: 'fr', messages: fr, onSignIn })
    expect(first.t('action.retry')).toBe(fr['action.retry'])
  })

  it('lets an inner provider inherit what it does not set and merge its messages', () => {
    const onContactSupport = () => {}
    let seen: ApiErrorsConfig = {}
    function Probe() {
      seen = useApiErrorsConfig()
      return null
    }
    render(
      <ApiErrorsProvider messages={fr} onContactSupport={onContactSupport} supportUrl="mailto:a@example.com">
        <ApiErrorsProvider messages={{ 'not_found.title': 'Station introuvable' }} supportUrl="https://help.example.com">
          <Probe />
          <ErrorMessage error={{ status: 404 }} />
        </ApiErrorsProvider>
      </ApiErrorsProvider>,
    )
    expect(seen.onContactSupport).toBe(onContactSupport)
    expect(seen.supportUrl).toBe('https://help.example.com')
    expect(screen.getByRole('alert')).toHaveTextContent(`Station introuvable. ${fr['not_found.description']}`)
  })

  it('passes every new setting through, and lets inner ones win', () => {
    const onSignIn = () => {}
    const onReload = () => {}
    const translate = (_key: string, _values: unknown, fallback: string) => fallback
    const fieldNames = { 'user.email': 'email' }
    let seen: ApiErrorsConfig = {}
    function Probe() {
      seen = useApiErrorsConfig()
      return null
    }
    render(
      <ApiErrorsProvider onSignIn={onSignIn} onReload={onReload} serverLanguage="fr" translate={translate} fieldNames={fieldNames}>
        <ApiErrorsProvider serverLanguage="de">
          <Probe />
        </ApiErrorsProvider>
      </ApiErrorsProvider>,
    )
    expect(seen).toMatchObject({ onSignIn, onReload, translate, fieldNames, serverLanguage: 'de' })
  })

  it('puts inner profiles before outer ones, and into every classification\u2019s options', () => {
    const outerApi: ApiProfile = { name: 'Outer', match: 'https://outer.example/' }
    const innerApi: ApiProfile = { name: 'Inner', match: 'https://inner.example/' }
    const strict = { maxBodyBytes: 1024 }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiErrorsProvider profiles={[outerApi]} classify={strict}>
        <ApiErrorsProvider profiles={[innerApi, outerApi]}>{children}</ApiErrorsProvider>
      </ApiErrorsProvider>
    )
    const { result } = renderHook(() => useApiErrorsConfig(), { wrapper })
    expect(result.current.profiles).toEqual([innerApi, outerApi])
    expect(result.current.classify).toEqual({ maxBodyBytes: 1024, profiles: [innerApi, outerApi] })
  })

  it('speaks through the app\u2019s i18next catalog with translate', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ lng: 'fr', resources: { fr: { translation: { 'not_found.title': 'Pas là' } } } })
    render(
      <ApiErrorsProvider locale="fr" messages={fr} translate={(key, values, fallback) => i18n.t(key, { ...values, defaultValue: fallback })}>
        <ErrorMessage error={{ status: 404 }} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(`Pas là. ${fr['not_found.description']}`)
  })
})
