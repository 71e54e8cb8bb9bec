import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { useTranslator } from '../context/useTranslator.js'
import { describeError } from '../messages/describeError.js'
import { useApiError } from '../hooks/useApiError.js'

/**
 * What every component reads: the provider's settings, its words, and the
 * error described in them. A cancel (`aborted`) is described as nothing: the
 * user or the app stopped the request, so there is nothing to tell them.
 */
export function useDescription(error: unknown, persistent?: boolean) {
  const config = useApiErrorsConfig()
  const t = useTranslator()
  const apiError = useApiError(error)
  const info = apiError && apiError.category !== 'aborted' ? describeError(apiError, { translator: t, serverText: config.serverText, persistent }) : null
  return { config, t, info }
}
