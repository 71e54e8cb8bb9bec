import type { ApiProfile } from '../core/index.js'

/**
 * The enterprise jobs, assets and customers API (`{ success: false, error:
 * "code", message }` envelopes, whose `message` is meant for people). Copy for
 * the codes that ask the dashboard's users for their own fix; the others
 * (`unauthorized`, `forbidden`, `not_found`, `server_error`, ...) read as their
 * category. Set `match` to where your app reaches it.
 *
 * @example
 * ```tsx
 * import { jobs } from 'react-api-errors/apis/jobs'
 * <ApiErrorsProvider profiles={[{ ...jobs, match: 'https://jobs.example.com/api/' }]}><App /></ApiErrorsProvider>
 * ```
 */
export const jobs: ApiProfile = {
  name: 'Jobs',
  match: [],
  language: 'en',
  messages: {
    en: {
      'missing_required_field.title': 'A required field is missing',
      'invalid_status_transition.title': 'Status change not allowed',
      'invalid_status_transition.description': 'It cannot move to that status from the one it has now.',
      'meter_not_found.title': 'No such meter on this asset',
      'meter_not_found.description': 'Set up this meter for the asset first, then add the reading again.',
      'ip_not_allowed.title': 'Not allowed from this network',
      'ip_not_allowed.description': 'Your organisation allows this only from approved networks. Connect from one, or ask an administrator.',
      'scope_not_authorized.title': 'Missing permission',
      'scope_not_authorized.description': 'Your access does not include this action. Ask an administrator if you need it.',
      'duplicate_customer.title': 'Customer already exists',
      'duplicate_customer.description': 'A customer with this email already exists. Find that customer and update it instead.',
    },
    fr: {
      'missing_required_field.title': 'Un champ obligatoire manque',
      'invalid_status_transition.title': 'Changement de statut impossible',
      'invalid_status_transition.description': 'Il ne peut pas passer à ce statut depuis son statut actuel.',
      'meter_not_found.title': 'Compteur absent de cet équipement',
      'meter_not_found.description': 'Configurez d\u2019abord ce compteur pour l\u2019équipement, puis saisissez à nouveau le relevé.',
      'ip_not_allowed.title': 'Non autorisé depuis ce réseau',
      'ip_not_allowed.description': 'Votre organisation n\u2019autorise cela que depuis des réseaux approuvés. Connectez-vous depuis l\u2019un d\u2019eux, ou demandez à un administrateur.',
      'scope_not_authorized.title': 'Autorisation manquante',
      'scope_not_authorized.description': 'Votre accès ne comprend pas cette action. Demandez-la à un administrateur si vous en avez besoin.',
      'duplicate_customer.title': 'Ce client existe déjà',
      'duplicate_customer.description': 'Un client avec cette adresse e-mail existe déjà. Retrouvez-le et modifiez sa fiche.',
    },
  },
}
