import { render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
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
    const onError = () => {}
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiErrorsProvider locale="fr" messages={fr} onError={onError}>
        {children}
      </ApiErrorsProvider>
    )
    const { result, rerender } = renderHook(() => ({ config: useApiErrorsConfig(), t: useTranslator() }), { wrapper })
    const first = result.current
    rerender()
    expect(result.current.config).toBe(first.config)
    expect(result.current.t).toBe(first.t)
    expect(first.config).toMatchObject({ locale: 'fr', messages: fr, onError })
    expect(first.t('action.retry')).toBe(fr['action.retry'])
  })

  it('lets an inner provider inherit what it does not set and merge its messages', () => {
    const onUnauthenticated = () => {}
    let seen: ApiErrorsConfig = {}
    function Probe() {
      seen = useApiErrorsConfig()
      return null
    }
    render(
      <ApiErrorsProvider messages={fr} onUnauthenticated={onUnauthenticated} supportUrl="mailto:a@example.com">
        <ApiErrorsProvider messages={{ 'not_found.title': 'Station introuvable' }} supportUrl="https://help.example.com">
          <Probe />
          <ErrorMessage error={{ status: 404 }} />
        </ApiErrorsProvider>
      </ApiErrorsProvider>,
    )
    expect(seen.onUnauthenticated).toBe(onUnauthenticated)
    expect(seen.supportUrl).toBe('https://help.example.com')
    expect(screen.getByRole('alert')).toHaveTextContent(`Station introuvable. ${fr['not_found.description']}`)
  })
})
