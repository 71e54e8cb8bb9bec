import { useMemo } from 'react'
import { createTranslator, type Translator } from '../messages/createTranslator.js'
import { useApiErrorsConfig } from './ApiErrorsProvider.js'

/**
 * The provider's words: a lookup with English fallback (or the app's
 * `translate` first), plurals and durations formatted for its locale.
 * English without a provider.
 *
 * @example
 * ```tsx
 * const t = useTranslator()
 * return <button>{t('action.retry')}</button>
 * ```
 */
export function useTranslator(): Translator {
  const { locale, messages, translate } = useApiErrorsConfig()
  return useMemo(() => createTranslator({ locale, messages, translate }), [locale, messages, translate])
}
