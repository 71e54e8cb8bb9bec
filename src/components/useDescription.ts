import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { useTranslator } from '../context/useTranslator.js'
import { describeError } from '../messages/describeError.js'
import { useApiError } from '../query/useApiError.js'

/** What every component reads: the provider's settings, its words, and the error described in them. */
export function useDescription(error: unknown, persistent?: boolean) {
  const config = useApiErrorsConfig()
  const t = useTranslator()
  const apiError = useApiError(error)
  const info = apiError && describeError(apiError, { translator: t, serverText: config.serverText, persistent })
  return { config, t, info }
}
