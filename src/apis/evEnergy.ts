import type { ApiProfile } from '../core/index.js'

/**
 * The ev.energy API (RFC 9457 problem details). Its problem `type`s are
 * stable ids: their copy sits under the type's last path segment
 * (`vehicle-already-registered.title`), so it holds whatever host the link
 * names. Field errors come from `field_errors`; the `type` link is developer
 * documentation, shown in the details for support.
 *
 * @example
 * ```tsx
 * import { evEnergy } from 'react-api-errors/apis/ev-energy'
 * <ApiErrorsProvider profiles={[evEnergy]}><App /></ApiErrorsProvider>
 * ```
 */
export const evEnergy: ApiProfile = {
  name: 'ev.energy',
  match: 'https://api.ev.energy/',
  language: 'en',
  messages: {
    en: {
      'vehicle-already-registered.title': 'Vehicle already registered',
      'vehicle-already-registered.description': 'A vehicle with this VIN is already registered. Check the VIN, or find that vehicle in your list.',
      'pagination-paramaters.title': 'This page of the list cannot be shown',
      'pagination-paramaters.description': 'The page settings are not valid. Go back to the first page and try again.',
      'parse-error.title': 'Request not understood',
    },
    fr: {
      'vehicle-already-registered.title': 'Véhicule déjà enregistré',
      'vehicle-already-registered.description': 'Un véhicule avec ce VIN est déjà enregistré. Vérifiez le VIN, ou retrouvez ce véhicule dans votre liste.',
      'pagination-paramaters.title': 'Cette page de la liste ne peut pas s\u2019afficher',
      'pagination-paramaters.description': 'Les réglages de page ne sont pas valides. Revenez à la première page puis réessayez.',
      'parse-error.title': 'Requête incomprise',
    },
  },
}
