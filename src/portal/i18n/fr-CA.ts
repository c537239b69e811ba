/**
 * Canadian French catalogue (fr-CA). Glossary (the terms every page and e-mail uses):
 * account = compte; password = mot de passe; code = code; sign in = se connecter (connexion);
 * sign out = se déconnecter (déconnexion); e-mail address = adresse courriel (a message: courriel);
 * username = nom d’utilisateur; verification code = code de vérification;
 * recovery code = code de récupération; reset a password = réinitialiser le mot de passe;
 * verify/confirm an e-mail address = vérifier (as the e-mails say); details = renseignements.
 * Register: vous. Typography (OQLF): no-break space before a colon only; none before ? ! ;.
 * Plural forms: one (0 and 1), many (millions, same text as other), other.
 */
import type { MessageKey } from './en.js';

/** Every English key, plus the plural variants Canadian French uses (a base key is the `other` form). */
type Catalogue = Record<MessageKey, string> &
  Partial<Record<`${MessageKey}|${'one' | 'many'}`, string>>;

export const frCA: Record<string, string> = {
  'layout.skip': 'Passer au contenu principal',
  'layout.language': 'Langue',
  'layout.languageSubmit': 'Changer',
  'layout.home': 'Accueil',
  'layout.footer':
    'Votre mot de passe est conservé uniquement par notre fournisseur d’identité, jamais par ce site.',

  'home.title': 'Gérer votre compte',
  'home.intro': 'Que souhaitez-vous faire?',
  'home.register.title': 'Créer un compte',
  'home.register.text':
    'Première visite? Inscrivez-vous avec votre adresse courriel et un mot de passe.',
  'home.change.title': 'Changer votre mot de passe',
  'home.change.text': 'Vous connaissez votre mot de passe actuel et en voulez un nouveau.',
  'home.forgot.title': 'Mot de passe oublié?',
  'home.forgot.text':
    'Recevez un code de récupération par courriel et choisissez un nouveau mot de passe.',

  'field.username': 'Nom d’utilisateur',
  'field.usernameOrEmail': 'Nom d’utilisateur ou adresse courriel',
  'field.email': 'Adresse courriel',
  'field.password': 'Mot de passe',
  'field.newPassword': 'Nouveau mot de passe',
  'field.confirmPassword': 'Confirmer le mot de passe',
  'field.confirmNewPassword': 'Confirmer le nouveau mot de passe',
  'field.currentPassword': 'Mot de passe actuel',
  'field.population': 'Type de compte',
  'field.recoveryCode': 'Code de récupération',
  'field.optionalChoose': 'Choisir…',

  'hint.username': 'Jusqu’à 128 caractères. Vous l’utiliserez pour vous connecter.',
  'hint.email': 'Nous envoyons les codes de récupération de mot de passe à cette adresse.',
  'hint.recoveryCode':
    'Les 8 lettres et chiffres du courriel. Un code est valide pendant 5 minutes : s’il a expiré, demandez-en un nouveau.',

  'password.show': 'Afficher le mot de passe',
  'password.hide': 'Masquer le mot de passe',

  'policy.heading': 'Votre nouveau mot de passe doit :',
  'policy.met': 'respecté',
  'policy.unmet': 'pas encore',
  'policy.rule.lengthMin': 'compter au moins {min} caractères',
  'policy.rule.lengthMax': 'compter au plus {max} caractères',
  'policy.rule.lengthRange': 'compter au moins {min} caractères (au plus {max})',
  'policy.rule.upper': 'contenir au moins {count} majuscules (A–Z)',
  'policy.rule.lower': 'contenir au moins {count} minuscules (a–z)',
  'policy.rule.digit': 'contenir au moins {count} chiffres (0–9)',
  'policy.rule.special': 'contenir au moins {count} de ces symboles : {set}',
  'policy.rule.maxRepeatedCharacters': 'ne pas répéter un caractère plus de {max} fois de suite',
  'policy.rule.minUniqueCharacters': 'utiliser au moins {min} caractères différents',
  'policy.rule.excludesCommonlyUsed': 'ne pas être un mot de passe courant',
  'policy.rule.excludesProfileData':
    'ne pas contenir votre nom d’utilisateur ni votre adresse courriel',
  'policy.rule.notSimilarToCurrent': 'être nettement différent de votre mot de passe actuel',
  'policy.rule.history':
    'ne pas être votre mot de passe actuel ni un mot de passe utilisé récemment',
  'policy.rule.minComplexity': 'être difficile à deviner (une phrase de passe plus longue aide)',
  'policy.rule.numberSequence': 'ne pas contenir plus de {max} chiffres qui se suivent (comme 123)',
  'policy.rule.alphabetSequence':
    'ne pas contenir plus de {max} lettres qui se suivent (comme abc)',
  'policy.rule.qwertySequence': 'ne pas contenir plus de {max} touches voisines (comme qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'ne pas contenir plus de {max} symboles voisins (comme !@#)',
  'policy.rule.other': 'respecter la politique de mots de passe',

  'error.summaryTitle': 'Il y a un problème',
  'error.tooLong': 'Utilisez au plus {max} caractères.',
  'error.username.invalid':
    'Utilisez de 1 à 128 caractères, sans saut de ligne ni caractère de contrôle.',
  'error.username.taken':
    'Ce nom d’utilisateur est déjà pris. Choisissez-en un autre, ou récupérez votre mot de passe s’il s’agit de votre compte.',
  'error.email.invalid': 'Entrez une adresse courriel comme nom@exemple.ca.',
  'error.email.taken':
    'Cette adresse courriel est déjà enregistrée. Récupérez votre mot de passe s’il s’agit de votre compte.',
  'error.identifier.invalid': 'Entrez votre nom d’utilisateur ou votre adresse courriel.',
  'error.password.mismatch': 'Les deux mots de passe ne correspondent pas.',
  'error.password.policy': 'Le mot de passe ne respecte pas les exigences : {rules}.',
  'error.password.sameAsCurrent':
    'Votre nouveau mot de passe doit être différent de votre mot de passe actuel.',
  'error.password.tooSimilar':
    'Votre nouveau mot de passe ressemble trop à votre mot de passe actuel.',
  'error.password.tooYoung':
    'Votre mot de passe a été changé trop récemment pour être changé de nouveau. Veuillez réessayer plus tard.',
  'error.credentials':
    'Le nom d’utilisateur ou le mot de passe est incorrect, ou ce compte ne peut pas changer son mot de passe ici (il est peut-être verrouillé ou n’a pas encore de mot de passe). Vérifiez ce que vous avez entré, ou récupérez votre mot de passe.',
  'error.recoveryCode.format': 'Le code comporte 8 lettres et chiffres.',
  'error.recoveryCode.invalid':
    'Ce code n’est pas valide ou a expiré. Vérifiez le courriel ou demandez un nouveau code.',
  'error.recoveryCode.exhausted':
    'Ce code ne fonctionne plus après trop de tentatives. Pour votre sécurité, attendez un moment (habituellement 15 minutes), puis demandez un nouveau code.',
  'error.population.invalid': 'Choisissez l’une des options.',
  'error.population.domain': 'L’inscription n’est pas ouverte pour ce domaine de courriel.',
  'error.registration.refused': 'Nous n’avons pas pu créer le compte avec ces renseignements.',

  'flash.recoveryResent':
    'Si un compte correspond, un nouveau code de récupération est en route. Seul le code le plus récent fonctionne.',
  'flash.resendCooldown': 'Veuillez attendre {count} secondes avant de demander un autre code.',
  'flash.recoveryStart':
    'Commencez par nous indiquer votre nom d’utilisateur ou votre adresse courriel.',
  'flash.sessionExpired':
    'Votre session a expiré après une période d’inactivité. Veuillez recommencer.',

  'register.title': 'Créer un compte',
  'register.intro': 'Tous les champs sont obligatoires.',
  'register.submit': 'Créer le compte',

  'forgot.title': 'Mot de passe oublié?',
  'forgot.intro':
    'Entrez votre nom d’utilisateur ou votre adresse courriel. Si nous trouvons votre compte, nous vous enverrons un code de récupération par courriel.',
  'forgot.submit': 'Envoyer le code de récupération',

  'recover.title': 'Entrez le code reçu par courriel',
  'recover.intro': 'Entrez le code, puis choisissez un nouveau mot de passe.',
  'recover.submit': 'Réinitialiser le mot de passe',
  'recover.resendTitle': 'Pas de courriel?',
  'recover.resendText':
    'Vérifiez votre dossier de courriels indésirables. Un nouveau code remplace le précédent.',
  'recover.resend': 'Envoyer un nouveau code',
  'recover.restart': 'Utiliser un autre nom d’utilisateur ou une autre adresse courriel',

  'change.title': 'Changer votre mot de passe',
  'change.intro': 'Entrez votre mot de passe actuel, puis choisissez-en un nouveau.',
  'change.submit': 'Changer le mot de passe',

  'errorPage.reference': 'Référence : {id}',
  'errorPage.home': 'Retour à la page d’accueil',
  'errorPage.retry': 'Réessayer',
  'errorPage.csrf.title': 'Ce formulaire a expiré',
  'errorPage.csrf.text':
    'Pour votre sécurité, revenez en arrière, rechargez la page et soumettez le formulaire de nouveau.',
  'errorPage.rateLimited.title': 'Trop de tentatives',
  'errorPage.rateLimited.text': 'Veuillez attendre {count} minutes avant de réessayer.',
  'errorPage.unavailable.title': 'Service temporairement non disponible',
  'errorPage.unavailable.text':
    'Nous n’avons pas pu joindre le service des comptes. Rien n’a été modifié. Veuillez réessayer dans quelques minutes.',
  'errorPage.storeUnavailable.title': 'Temporairement non disponible',
  'errorPage.storeUnavailable.text':
    'Ce service est temporairement non disponible. Rien n’a été modifié. Veuillez réessayer dans une minute.',
  'errorPage.badRequest.title': 'Nous n’avons pas pu lire cette demande',
  'errorPage.badRequest.text': 'Veuillez revenir en arrière et utiliser le formulaire de la page.',
  'errorPage.tooLarge.title': 'Trop de données',
  'errorPage.tooLarge.text':
    'Le formulaire contenait plus de données que nous n’en acceptons. Veuillez raccourcir vos entrées.',
  'errorPage.notFound.title': 'Page introuvable',
  'errorPage.notFound.text': 'La page demandée n’existe pas.',
  'errorPage.methodNotAllowed.title': 'Action non autorisée',
  'errorPage.methodNotAllowed.text': 'Cette page ne peut pas être utilisée de cette façon.',
  'errorPage.internal.title': 'Un problème est survenu',
  'errorPage.internal.text':
    'Une erreur inattendue s’est produite. Rien n’a été modifié. Veuillez réessayer.',
  // Vérification de l’adresse courriel et inscription qui commence par le courriel.
  'field.verificationCode': 'Code de vérification',
  'hint.verificationCode':
    'Les 8 lettres et chiffres du courriel. Vous pouvez le coller; les espaces et les majuscules n’ont pas d’importance.',
  'verify.title': 'Consultez vos courriels',
  'verify.intro':
    'Nous avons envoyé un code de vérification à {email}. Entrez-le ci-dessous pour activer votre compte.',
  'verify.introEmailFirst':
    'Nous avons envoyé un code à {email}. Entrez-le et choisissez votre mot de passe.',
  'verify.submit': 'Vérifier mon adresse courriel',
  'verify.submitEmailFirst': 'Continuer',
  'verify.resendTitle': 'Pas de courriel?',
  'verify.resendText':
    'Cela peut prendre quelques minutes. Vérifiez votre dossier de courriels indésirables. Si vous demandez un nouveau code, seul le plus récent fonctionne.',
  'verify.resend': 'Envoyer un nouveau code',
  'verify.restart': 'Utiliser une autre adresse courriel',
  'registerEmail.intro':
    'Entrez votre adresse courriel. Nous vous enverrons un code pour la vérifier.',
  'registerEmail.submit': 'M’envoyer un code',
  'error.verificationCode.format': 'Le code comporte 8 lettres et chiffres.',
  'error.verificationCode.invalid':
    'Ce code est incorrect, a expiré ou a été remplacé par un code plus récent. Vérifiez le courriel le plus récent et réessayez.',
  'error.verificationCode.exhausted':
    'Trop de codes erronés. Demandez un nouveau code ci-dessous, puis entrez le plus récent.',
  'flash.verifyResent': 'Un nouveau code est en route. Seul le code le plus récent fonctionne.',
  'flash.verifyResendCapped':
    'Nous ne pouvons plus envoyer de codes à cette adresse aujourd’hui. Utilisez le code le plus récent que vous avez reçu, ou réessayez demain.',
  'flash.verifyStart': 'Veuillez recommencer votre inscription.',
  'flash.accountVerified': 'Votre adresse courriel est vérifiée. Votre compte est prêt.',
  'done.title': 'Votre compte est prêt',
  'done.text':
    'Connectez-vous maintenant à l’application pour laquelle vous avez créé votre compte, avec votre nom d’utilisateur ou votre adresse courriel et votre mot de passe.',
  'username.title': 'Choisissez votre nom d’utilisateur',
  'username.intro':
    'Votre adresse courriel est vérifiée. Choisissez maintenant le nom d’utilisateur avec lequel vous vous connecterez.',
  'username.submit': 'Enregistrer le nom d’utilisateur',
  // Connexion, page de connexion et espace du compte.
  'signin.failed.title': 'La connexion n’a pas pu être effectuée',
  'signin.failed.text':
    'La réponse de connexion n’était pas valide ou a déjà été utilisée. La connexion n’a pas eu lieu. Veuillez recommencer à partir de la page de connexion.',
  'signin.expired.title': 'Votre session a pris fin',
  'signin.expired.text':
    'Pour votre sécurité, votre session a été fermée. Veuillez vous reconnecter.',
  'signout.button': 'Se déconnecter',
  'signedOut.title': 'Déconnexion réussie',
  'signedOut.text': 'Votre session a pris fin sur cet appareil.',
  'signedOut.again': 'Se reconnecter',
  'signon.title': 'Connexion',
  'signon.intro':
    'Connectez-vous avec votre nom d’utilisateur ou votre adresse courriel et votre mot de passe.',
  'signon.submit': 'Se connecter',
  'signon.forgotLink': 'Mot de passe oublié?',
  'signon.changeLink': 'Changer un mot de passe sans se connecter',
  'signon.registerLink': 'Créer un compte',
  'error.signon.credentials': 'Le nom d’utilisateur ou le mot de passe est incorrect.',
  'error.signon.locked':
    'Trop de tentatives infructueuses. Vous pourrez réessayer dans {count} minutes.',
  'error.signon.locked|one':
    'Trop de tentatives infructueuses. Vous pourrez réessayer dans {count} minute.',
  'error.signon.locked|many':
    'Trop de tentatives infructueuses. Vous pourrez réessayer dans {count} minutes.',
  'error.signon.code': 'Le code est incorrect ou a expiré.',
  'signon.newPassword.title': 'Choisissez un nouveau mot de passe',
  'signon.newPassword.mustChange':
    'Votre mot de passe a été réinitialisé. Choisissez-en un nouveau pour continuer.',
  'signon.newPassword.expired':
    'Votre mot de passe a expiré. Choisissez-en un nouveau pour continuer.',
  'signon.newPassword.submit': 'Enregistrer et continuer',
  'signon.forgot.title': 'Réinitialiser votre mot de passe',
  'signon.forgot.intro':
    'Entrez votre nom d’utilisateur ou votre adresse courriel. Si un compte correspond, nous enverrons un code à son adresse courriel.',
  'signon.forgot.submit': 'Envoyer un code',
  'signon.recover.title': 'Entrez le code',
  'signon.recover.intro':
    'Si un compte correspond, nous avons envoyé un code à son adresse courriel. Entrez-le avec un nouveau mot de passe.',
  'signon.recover.submit': 'Réinitialiser et se connecter',
  'signon.back': 'Retour à la connexion',
  'flash.signonRestart':
    'Cette connexion a pris trop de temps ou était déjà terminée. Veuillez vous reconnecter.',
  'signon.unsupported':
    'Cette étape de connexion ne peut pas être effectuée sur cette page. Veuillez communiquer avec le soutien technique.',
  'account.title': 'Votre compte',
  'account.intro': 'Vérifiez et mettez à jour vos renseignements.',
  'account.submit': 'Enregistrer les modifications',
  'account.username': 'Nom d’utilisateur',
  'account.usernameHint': 'Votre nom d’utilisateur ne peut pas être modifié.',
  'field.givenName': 'Prénom',
  'field.familyName': 'Nom de famille',
  'field.preferredLanguage': 'Langue préférée',
  'field.noPreference': 'Aucune préférence',
  'account.reauth':
    'Pour votre sécurité, veuillez vous reconnecter avant de modifier votre adresse courriel.',
  'flash.accountSaved': 'Vos renseignements ont été enregistrés.',
  'account.nav.label': 'Compte',
  'account.nav.profile': 'Renseignements',
  'account.nav.password': 'Mot de passe',
  'account.nav.sessions': 'Sessions',
  'accountPassword.title': 'Changer votre mot de passe',
  'accountPassword.intro': 'Entrez votre mot de passe actuel, puis choisissez-en un nouveau.',
  'accountPassword.submit': 'Changer le mot de passe',
  'error.currentPassword': 'Le mot de passe actuel est incorrect.',
  'flash.accountPasswordChanged': 'Votre mot de passe a été changé.',
  'sessions.title': 'Vos sessions',
  'sessions.intro': 'Voici les endroits où votre session est ouverte.',
  'sessions.current': 'Cette session',
  'sessions.browser': 'Navigateur',
  'sessions.lastSignOn': 'Dernière connexion',
  'sessions.place': 'Lieu',
  'sessions.unknown': 'Inconnu',
  'sessions.signOutOthers': 'Fermer toutes les autres sessions',
  'flash.sessionsEnded': '{count} autres sessions ont été fermées.',
  'flash.sessionsEnded|one': '{count} autre session a été fermée.',
  'flash.sessionsEnded|many': '{count} autres sessions ont été fermées.',
  'home.signedIn.title': 'Bienvenue, {name}',
  'home.account.title': 'Votre compte',
  'home.account.text': 'Consultez et modifiez vos renseignements.',
  'home.accountPassword.text': 'Changez votre mot de passe.',
  'home.sessions.text': 'Voyez où votre session est ouverte.',
  'home.signin.title': 'Se connecter',
  'home.signin.text': 'Connectez-vous pour consulter et modifier votre compte.',
  'done.registered.title': 'Votre compte a été créé',
  'done.registered.text':
    'Vous pouvez maintenant vous connecter avec votre nom d’utilisateur et votre mot de passe.',
  'done.recovered.title': 'Votre mot de passe a été réinitialisé',
  'done.recovered.text':
    'Connectez-vous avec votre nouveau mot de passe. Le code de récupération ne fonctionne plus.',
  'done.changed.title': 'Votre mot de passe a été changé',
  'done.changed.text': 'Utilisez votre nouveau mot de passe lors de votre prochaine connexion.',
  'done.signIn': 'Se connecter',
  'done.home': 'Aller à la page d’accueil',
  'nav.back': 'Retour',
  'change.forgot': 'Mot de passe actuel oublié?',
  'flash.sessionExpiredForm':
    'Votre session a expiré, donc rien n’a été envoyé. Vérifiez le formulaire et soumettez-le de nouveau (les mots de passe et les codes doivent être entrés de nouveau).',
  'policy.submitOnly': '(vérifié à l’envoi)',
  'error.password.policyMarked':
    'Choisissez un mot de passe qui respecte les {count} exigences marquées ✗.',
  'error.password.policyMarked|one':
    'Choisissez un mot de passe qui respecte l’exigence marquée ✗.',
  'error.password.policyMarked|many':
    'Choisissez un mot de passe qui respecte les {count} exigences marquées ✗.',
  'strength.label': 'Robustesse :',
  'strength.score0':
    'très facile à deviner. Essayez une phrase de passe : trois ou quatre mots sans lien entre eux.',
  'strength.score1':
    'facile à deviner. Un mot de passe plus long, ou quelques mots sans lien entre eux, est beaucoup plus robuste.',
  'strength.score2':
    'assez difficile à deviner. Un mot de plus le rendrait beaucoup plus difficile à deviner.',
  'strength.score3': 'difficile à deviner.',
  'strength.score4': 'très difficile à deviner.',
  'recover.sentTo':
    'Si un compte correspond à {identifier}, nous avons envoyé un code de récupération à l’adresse courriel de ce compte.',
  'recover.resendWait': 'Vous pourrez demander un nouveau code dans {count} secondes.',
  'recover.resendWait|one': 'Vous pourrez demander un nouveau code dans {count} seconde.',
  'recover.resendWait|many': 'Vous pourrez demander un nouveau code dans {count} secondes.',
  'flash.resendCooldown|one': 'Veuillez attendre {count} seconde avant de demander un autre code.',
  'flash.resendCooldown|many':
    'Veuillez attendre {count} secondes avant de demander un autre code.',
  'error.username.required': 'Entrez un nom d’utilisateur',
  'error.email.required': 'Entrez votre adresse courriel',
  'error.password.required': 'Entrez un mot de passe',
  'error.newPassword.required': 'Entrez un nouveau mot de passe',
  'error.confirmPassword.required': 'Entrez de nouveau le mot de passe',
  'error.confirmNewPassword.required': 'Entrez de nouveau le nouveau mot de passe',
  'error.currentPassword.required': 'Entrez votre mot de passe actuel',
  'error.recoveryCode.required': 'Entrez le code reçu par courriel',
  'error.identifier.required': 'Entrez votre nom d’utilisateur ou votre adresse courriel',
  'error.signonPassword.required': 'Entrez votre mot de passe',
  'error.givenName.required': 'Entrez votre prénom',
  'error.familyName.required': 'Entrez votre nom de famille',
  'error.verificationCode.required': 'Entrez le code reçu par courriel',
  'error.preferredLanguage.invalid': 'Choisissez une langue dans la liste',
  'error.titlePrefix': 'Erreur : ',
  'error.action.recover': 'Récupérer votre mot de passe',
  'policy.headingRegister': 'Votre mot de passe doit :',
  'policy.rule.upper|one': 'contenir au moins {count} majuscule (A–Z)',
  'policy.rule.upper|many': 'contenir au moins {count} majuscules (A–Z)',
  'policy.rule.lower|one': 'contenir au moins {count} minuscule (a–z)',
  'policy.rule.lower|many': 'contenir au moins {count} minuscules (a–z)',
  'policy.rule.digit|one': 'contenir au moins {count} chiffre (0–9)',
  'policy.rule.digit|many': 'contenir au moins {count} chiffres (0–9)',
  'errorPage.rateLimited.text|one': 'Veuillez attendre {count} minute avant de réessayer.',
  'errorPage.rateLimited.text|many': 'Veuillez attendre {count} minutes avant de réessayer.',
  'password.showShort': 'Afficher',
  'password.hideShort': 'Masquer',
  // Vérification à la connexion, changement vérifié du courriel et retour à l’application.
  'signon.verify.title': 'Vérifiez votre adresse courriel',
  'signon.verify.intro':
    'Votre compte attend la vérification de son adresse courriel. Entrez le code que nous vous avons envoyé pour terminer la connexion.',
  'signon.verify.submit': 'Vérifier et se connecter',
  'signon.verify.restart': 'Se connecter avec un autre compte',
  'accountEmail.title': 'Vérifiez votre adresse courriel',
  'accountEmail.intro':
    'Nous avons envoyé un code à l’adresse ci-dessous. Entrez-le pour vérifier l’adresse. D’ici là, elle reste indiquée comme non vérifiée.',
  'accountEmail.submit': 'Vérifier l’adresse',
  'accountEmail.back': 'Retour à votre compte',
  'accountEmail.unverified': 'Cette adresse n’est pas encore vérifiée.',
  'accountEmail.confirmLink': 'La vérifier',
  'flash.emailChangePending':
    'Vos renseignements ont été enregistrés. Entrez le code envoyé à votre nouvelle adresse pour la vérifier.',
  'flash.emailVerified': 'Votre adresse courriel est vérifiée.',
  'continue.app': 'Continuer vers l’application',
} satisfies Catalogue;
