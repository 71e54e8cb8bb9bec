import { useMemo } from 'react'
import { createTranslator, type Translator } from '../messages/createTranslator.js'
import { useApiErrorsConfig } from './ApiErrorsProvider.js'

/**
 * The provider's words: a lookup with English fallback, plurals and waits
 * formatted for its locale. English without a provider.
 *
 * @example
 * ```tsx
 * const t = useTranslator()
 * return <button>{t('action.retry')}</button>
 * ```
 */
export function useTranslator(): Translator {
  const { locale, messages } = useApiErrorsConfig()
  return useMemo(() => createTranslator({ locale, messages }), [locale, messages])
}
