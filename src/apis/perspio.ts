import type { ApiProfile } from '../core/index.js'

/**
 * Perspio's platform API. Its 4xx messages are for debugging only (its
 * document says never to rely on them) and its 5xx bodies are plain strings:
 * the categories' words say it all, so this profile names the API (for
 * "Contact Perspio support") and says what a 429 means there. Set `match` to
 * where your app reaches it.
 *
 * @example
 * ```tsx
 * import { perspio } from 'react-api-errors/apis/perspio'
 * <ApiErrorsProvider profiles={[{ ...perspio, match: 'https://api.perspio.example/' }]}><App /></ApiErrorsProvider>
 * ```
 */
export const perspio: ApiProfile = {
  name: 'Perspio',
  match: [],
  language: 'en',
  messages: {
    en: { 'rate_limited.description': 'Perspio is busy or this dashboard made too many requests. Wait a moment, then try again.' },
    fr: { 'rate_limited.description': 'Perspio est surchargé ou ce tableau de bord a fait trop de requêtes. Patientez un instant, puis réessayez.' },
  },
}
