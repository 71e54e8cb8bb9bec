import type { Messages } from './Messages.js'

/**
 * The French catalog. Pass it to the provider (or `describeError`) with the
 * French locale; the key list is English's (`en`).
 *
 * @example
 * ```tsx
 * import { fr } from 'react-api-errors/locales/fr'
 * <ApiErrorsProvider locale="fr-CA" messages={fr}><App /></ApiErrorsProvider>
 * ```
 */
export const fr: Messages = {
  locale: 'fr',

  'validation.title': 'Vérifiez votre saisie',
  'validation.description': 'Certaines valeurs ne sont pas valides. Corrigez-les puis réessayez.',
  'unauthenticated.title': 'Votre session a pris fin',
  'unauthenticated.description': 'Reconnectez-vous pour continuer.',
  'unauthenticated.alone': 'Vous devez vous reconnecter pour voir ceci.',
  'forbidden.title': 'Accès refusé',
  'forbidden.description': 'Votre compte n’a pas accès à ceci. Demandez l’accès à un administrateur si vous en avez besoin.',
  'not_found.title': 'Introuvable',
  'not_found.description': 'Cet élément n’existe pas, ou vous n’y avez pas accès.',
  'method_not_allowed.title': 'Action indisponible',
  'method_not_allowed.description': 'Cette action n’est pas possible ici.',
  'not_acceptable.title': 'Format indisponible',
  'not_acceptable.description': 'Ces données ne peuvent pas être envoyées dans le format demandé.',
  'timeout.title': 'Délai dépassé',
  'timeout.description': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'conflict.title': 'Conflit avec les données existantes',
  'conflict.description': 'Cela existe peut-être déjà, ou a changé depuis que vous l’avez ouvert. Rechargez, vérifiez, puis réessayez.',
  'payload_too_large.title': 'Trop volumineux',
  'payload_too_large.description': 'Envoyez un fichier plus petit ou moins d’éléments.',
  'unsupported_media_type.title': 'Format non pris en charge',
  'unsupported_media_type.description': 'Ce type de contenu n’est pas accepté ici.',
  'rate_limited.title': 'Trop de requêtes',
  'rate_limited.description': 'Patientez un instant, puis réessayez.',
  'unavailable.title': 'Service indisponible',
  'unavailable.description': 'Le service est momentanément indisponible. Réessayez dans un instant.',
  'server.title': 'Un problème est survenu de notre côté',
  'server.description': 'Réessayez dans un instant.',
  'server.support': 'Réessayez plus tard. Si cela persiste, contactez le support.',
  'client.title': 'Requête refusée',
  'client.description': 'Cela n’a pas pu être fait. Vérifiez votre saisie puis réessayez.',
  'network.title': 'Problème de connexion',
  'network.description': 'Vérifiez votre connexion puis réessayez.',
  'aborted.title': 'Requête annulée',
  'aborted.description': 'La requête s’est arrêtée avant la fin.',
  'unknown.title': 'Un problème est survenu',
  'unknown.description': 'Réessayez plus tard.',

  'fields.title': 'Il y a un problème',
  'fields.description': 'Corrigez les points suivants, puis réessayez.',

  'action.retry': 'Réessayer',
  'action.signIn': 'Se connecter',
  'action.reload': 'Recharger',
  'action.support': 'Contacter le support',
  'action.supportNamed': 'Contacter le support {name}',
  'action.learnMore': 'En savoir plus',

  'ui.error': 'Erreur :',
  'ui.details': 'Détails pour le support',
  'ui.time': 'Heure',
  'ui.request': 'Requête',
  'ui.title': 'Titre',
  'ui.status': 'Statut',
  'ui.code': 'Code',
  'ui.type': 'Type de problème',
  'ui.requestId': 'ID de requête',
  'ui.instance': 'Instance',
  'ui.copy': 'Copier les détails',
  'ui.copied': 'Copié',
  'ui.wait': 'Vous pourrez réessayer dans {time}.',
  'ui.waiting': 'En attente avant de réessayer',
  'ui.ready': 'Prêt à réessayer',
  'ui.retrying': 'Nouvel essai…',
  'ui.offline': 'Vous êtes hors ligne ; nous réessaierons à votre retour.',
  'ui.problems.one': 'Vérifiez {count} champ',
  'ui.problems.other': 'Vérifiez {count} champs',
  'ui.item': '{field} : {message}',
  'ui.formError': '{title}. {description}',
  'ui.duration.h': '{count} h',
  'ui.duration.min': '{count} min',
  'ui.duration.s': '{count} s',
  'ui.duration.pair': '{first} {second}',
}
