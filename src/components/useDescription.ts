import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { useTranslator } from '../context/useTranslator.js'
import { useApiError } from '../hooks/useApiError.js'
import { describeError, type ActionOffer } from '../messages/describeError.js'

/**
 * What every component reads: the provider's settings, its words, and the
 * error described in them, with only the actions the component can perform
 * (`offer`), so no words promise one it does not show. A cancel (`aborted`)
 * is described as nothing: the user or the app stopped the request, so there
 * is nothing to tell them.
 */
export function useDescription(error: unknown, persistent?: boolean, offer?: ActionOffer) {
  const config = useApiErrorsConfig()
  const t = useTranslator()
  const apiError = useApiError(error)
  const { serverText, profiles, serverLanguage } = config
  const info = apiError && apiError.category !== 'aborted' ? describeError(apiError, { translator: t, serverText, persistent, profiles, serverLanguage, offer }) : null
  return { config, t, info }
}
