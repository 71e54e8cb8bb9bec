import { useApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { useTranslator } from '../context/useTranslator.js'
import { useApiError } from '../hooks/useApiError.js'
import { useMarkShownInline } from '../hooks/shownInline.js'
import { describeError, type ActionOffer } from '../messages/describeError.js'

/**
 * What every component reads: the provider's settings, its words, and the
 * error described in them, with only the actions the component can perform
 * (`offer`), so no words promise one it does not show. A cancel (`aborted`)
 * is described as nothing: the user or the app stopped the request, so there
 * is nothing to tell them. What it describes is marked as shown inline
 * (`inline: false` for a component that may show nothing of it).
 */
export function useDescription(error: unknown, persistent?: boolean, offer?: ActionOffer, { inline = true }: { inline?: boolean } = {}) {
  const config = useApiErrorsConfig()
  const t = useTranslator()
  const apiError = useApiError(error)
  const { serverText, profiles, serverLanguage } = config
  const info = apiError && apiError.category !== 'aborted' ? describeError(apiError, { translator: t, serverText, persistent, profiles, serverLanguage, offer }) : null
  // On screen inline: a toast layer (react-api-errors/sonner) does not announce it again.
  useMarkShownInline(inline ? info?.error : null)
  return { config, t, info }
}
