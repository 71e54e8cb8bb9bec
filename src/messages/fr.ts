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
  'unauthenticated.title': 'Reconnectez-vous',
  'unauthenticated.description': 'Votre session a expiré ou n’est pas valide.',
  'forbidden.title': 'Accès refusé',
  'forbidden.description': 'Vous n’avez pas le droit de faire cela. Demandez l’accès à un administrateur.',
  'not_found.title': 'Introuvable',
  'not_found.description': 'Cet élément n’existe pas, ou vous n’y avez pas accès.',
  'method_not_allowed.title': 'Action non prise en charge',
  'method_not_allowed.description': 'Le serveur ne permet pas cette action ici.',
  'not_acceptable.title': 'Format indisponible',
  'not_acceptable.description': 'Le serveur ne peut pas envoyer les données dans le format demandé.',
  'timeout.title': 'Délai dépassé',
  'timeout.description': 'Le serveur a mis trop de temps à répondre.',
  'conflict.title': 'Modification en conflit',
  'conflict.description': 'Les données ont peut-être changé. Rechargez puis réessayez.',
  'payload_too_large.title': 'Trop volumineux',
  'payload_too_large.description': 'Envoyez un fichier plus petit ou moins d’éléments.',
  'unsupported_media_type.title': 'Format non pris en charge',
  'unsupported_media_type.description': 'Le serveur n’accepte pas ce type de contenu.',
  'rate_limited.title': 'Trop de requêtes',
  'rate_limited.description': 'Patientez un instant, puis réessayez.',
  'unavailable.title': 'Service indisponible',
  'unavailable.description': 'Le service est momentanément indisponible. Réessayez dans un instant.',
  'server.title': 'Un problème est survenu de notre côté',
  'server.description': 'Réessayez. Si cela persiste, contactez le support.',
  'client.title': 'Requête refusée',
  'client.description': 'Le serveur n’a pas pu accepter cette requête.',
  'network.title': 'Problème de connexion',
  'network.description': 'Vérifiez votre connexion puis réessayez.',
  'aborted.title': 'Requête annulée',
  'aborted.description': 'La requête s’est arrêtée avant la fin.',
  'unknown.title': 'Un problème est survenu',
  'unknown.description': 'Réessayez plus tard.',

  'ip_not_allowed.title': 'Non autorisé depuis ce réseau',
  'ip_not_allowed.description': 'Cette clé d’API n’accepte pas les requêtes de votre adresse IP. Ajoutez-la aux IP autorisées de la clé.',
  'scope_not_authorized.title': 'Autorisation manquante',
  'scope_not_authorized.description': 'Il manque à cette clé d’API la portée nécessaire. Ajoutez-la dans Paramètres → Clés d’API.',
  'duplicate_customer.title': 'Ce client existe déjà',
  'duplicate_customer.description': 'Un client avec cette adresse e-mail existe. Utilisez ou modifiez cette fiche.',
  'invalid_status_transition.title': 'Changement de statut impossible',
  'invalid_status_transition.description': 'Cet élément ne peut pas passer à ce statut depuis son statut actuel.',
  'meter_not_found.title': 'Aucun compteur pour cet équipement',
  'meter_not_found.description': 'Configurez d’abord les compteurs de cet équipement.',
  'rate_limit_exceeded.title': 'Limite de requêtes atteinte',
  'validation_failed.title': 'Certaines valeurs ne sont pas valides',
  'missing_required_field.title': 'Un champ obligatoire manque',
  'missing_required_field.description': 'Remplissez tous les champs obligatoires.',
  'unauthorized.title': 'Non connecté',
  'unauthorized.description': 'Votre clé ou votre session est absente ou révoquée. Reconnectez-vous.',

  'parse.number': '« {value} » n’est pas un nombre valide.',
  'parse.time': '« {value} » n’est pas une date et heure valide.',
  'parse.param': 'La date ou l’heure « {param} » n’est pas valide.',

  'action.retry': 'Réessayer',
  'action.signIn': 'Se connecter',
  'action.support': 'Contacter le support',
  'action.learnMore': 'En savoir plus',

  'ui.error': 'Erreur :',
  'ui.details': 'Détails pour le support',
  'ui.status': 'Statut',
  'ui.code': 'Code',
  'ui.requestId': 'ID de requête',
  'ui.instance': 'Instance',
  'ui.copy': 'Copier les détails',
  'ui.copied': 'Copié',
  'ui.wait': 'Vous pourrez réessayer {time}.',
  'ui.waiting': 'En attente avant de réessayer',
  'ui.ready': 'Prêt à réessayer',
  'ui.retrying': 'Nouvel essai…',
  'ui.offline': 'Vous êtes hors ligne ; nous réessaierons à votre retour.',
  'ui.problems.one': 'Vérifiez {count} champ',
  'ui.problems.other': 'Vérifiez {count} champs',
  'ui.item': '{field} : {message}',
}
