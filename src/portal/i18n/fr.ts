/** French catalogue. Must define every key of the English one with the same placeholders. */
import type { MessageKey } from './en.js';

export const fr: Record<MessageKey, string> = {
  'layout.skip': 'Aller au contenu principal',
  'layout.language': 'Langue',
  'layout.languageSubmit': 'Changer',
  'layout.home': 'Accueil',
  'layout.footer':
    'Votre mot de passe est conservé uniquement par notre fournisseur d’identité, jamais par ce site.',

  'home.title': 'Gérer votre compte',
  'home.intro': 'Que souhaitez-vous faire ?',
  'home.register.title': 'Créer un compte',
  'home.register.text':
    'Nouveau ici ? Inscrivez-vous avec votre adresse e‑mail et un mot de passe.',
  'home.change.title': 'Changer votre mot de passe',
  'home.change.text': 'Vous connaissez votre mot de passe actuel et en voulez un nouveau.',
  'home.forgot.title': 'Mot de passe oublié ?',
  'home.forgot.text':
    'Recevez un code de récupération par e‑mail et choisissez un nouveau mot de passe.',

  'field.username': 'Nom d’utilisateur',
  'field.usernameOrEmail': 'Nom d’utilisateur ou adresse e‑mail',
  'field.email': 'Adresse e‑mail',
  'field.password': 'Mot de passe',
  'field.newPassword': 'Nouveau mot de passe',
  'field.confirmPassword': 'Confirmer le mot de passe',
  'field.confirmNewPassword': 'Confirmer le nouveau mot de passe',
  'field.currentPassword': 'Mot de passe actuel',
  'field.population': 'Type de compte',
  'field.recoveryCode': 'Code de récupération',
  'field.optionalChoose': 'Choisir…',

  'hint.username': 'Jusqu’à 128 caractères. Vous l’utiliserez pour vous connecter.',
  'hint.email': 'Nous envoyons les codes de récupération à cette adresse.',
  'hint.recoveryCode':
    'Les 8 lettres et chiffres de l’e‑mail. Un code est valable 5 minutes : s’il a expiré, demandez-en un nouveau.',

  'password.show': 'Afficher le mot de passe',
  'password.hide': 'Masquer le mot de passe',

  'policy.heading': 'Votre nouveau mot de passe doit :',
  'policy.met': 'fait',
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
    'ne pas contenir votre nom d’utilisateur ni votre adresse e‑mail',
  'policy.rule.notSimilarToCurrent': 'être nettement différent de votre mot de passe actuel',
  'policy.rule.history': 'ne pas être votre mot de passe actuel ni un mot de passe récent',
  'policy.rule.minComplexity': 'être difficile à deviner (une phrase de passe plus longue aide)',
  'policy.rule.numberSequence': 'ne pas contenir plus de {max} chiffres qui se suivent (comme 123)',
  'policy.rule.alphabetSequence':
    'ne pas contenir plus de {max} lettres qui se suivent (comme abc)',
  'policy.rule.qwertySequence': 'ne pas contenir plus de {max} touches voisines (comme qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'ne pas contenir plus de {max} symboles voisins (comme !@#)',
  'policy.rule.other': 'respecter la politique de mot de passe',

  'error.summaryTitle': 'Veuillez corriger les points suivants',
  'error.tooLong': 'Utilisez au plus {max} caractères.',
  'error.username.invalid':
    'Utilisez de 1 à 128 caractères, sans saut de ligne ni caractère de contrôle.',
  'error.username.taken':
    'Ce nom d’utilisateur est déjà pris. Choisissez-en un autre, ou récupérez votre mot de passe s’il s’agit de votre compte.',
  'error.email.invalid': 'Saisissez une adresse e‑mail comme nom@exemple.fr.',
  'error.email.taken':
    'Cette adresse e‑mail est déjà enregistrée. Récupérez votre mot de passe s’il s’agit de votre compte.',
  'error.identifier.invalid': 'Saisissez votre nom d’utilisateur ou votre adresse e‑mail.',
  'error.password.mismatch': 'Les deux mots de passe ne correspondent pas.',
  'error.password.policy': 'Le mot de passe ne respecte pas les exigences : {rules}.',
  'error.password.sameAsCurrent': 'Votre nouveau mot de passe doit être différent de l’actuel.',
  'error.password.tooSimilar': 'Votre nouveau mot de passe ressemble trop à l’actuel.',
  'error.password.tooYoung':
    'Votre mot de passe a été changé trop récemment pour être changé à nouveau. Veuillez réessayer plus tard.',
  'error.credentials':
    'Le nom d’utilisateur ou le mot de passe est incorrect, ou ce compte ne peut pas changer son mot de passe ici (il est peut-être verrouillé, ou n’a pas encore de mot de passe). Vérifiez votre saisie, ou récupérez votre mot de passe.',
  'error.recoveryCode.format': 'Le code comporte 8 lettres et chiffres.',
  'error.recoveryCode.invalid':
    'Ce code n’est pas valide ou a expiré. Vérifiez l’e‑mail ou demandez un nouveau code.',
  'error.recoveryCode.exhausted':
    'Ce code ne fonctionne plus après trop de tentatives. Par sécurité, patientez un moment (en général 15 minutes), puis demandez un nouveau code.',
  'error.population.invalid': 'Choisissez l’une des options.',
  'error.population.domain': 'L’inscription n’est pas ouverte pour ce domaine de messagerie.',
  'error.registration.refused': 'Nous n’avons pas pu créer le compte avec ces informations.',

  'flash.recoveryResent':
    'Si un compte correspond, un nouveau code de récupération est en route. Seul le code le plus récent fonctionne.',
  'flash.resendCooldown': 'Veuillez patienter {count} secondes avant de demander un autre code.',
  'flash.recoveryStart': 'Commencez par indiquer votre nom d’utilisateur ou votre adresse e‑mail.',
  'flash.sessionExpired':
    'Votre session a expiré après une période d’inactivité. Veuillez recommencer.',

  'register.title': 'Créer un compte',
  'register.intro': 'Tous les champs sont obligatoires.',
  'register.submit': 'Créer le compte',

  'forgot.title': 'Mot de passe oublié ?',
  'forgot.intro':
    'Saisissez votre nom d’utilisateur ou votre adresse e‑mail. Si nous trouvons votre compte, nous vous enverrons un code de récupération.',
  'forgot.submit': 'Envoyer le code',

  'recover.title': 'Saisissez le code reçu par e‑mail',
  'recover.intro': 'Saisissez le code, puis choisissez un nouveau mot de passe.',
  'recover.submit': 'Réinitialiser le mot de passe',
  'recover.resendTitle': 'Pas d’e‑mail ?',
  'recover.resendText':
    'Vérifiez votre dossier de courrier indésirable. Un nouveau code remplace le précédent.',
  'recover.resend': 'Envoyer un nouveau code',
  'recover.restart': 'Utiliser un autre nom d’utilisateur ou une autre adresse',

  'change.title': 'Changer votre mot de passe',
  'change.intro': 'Saisissez votre mot de passe actuel, puis choisissez-en un nouveau.',
  'change.submit': 'Changer le mot de passe',

  'errorPage.reference': 'Référence : {id}',
  'errorPage.home': 'Retour à l’accueil',
  'errorPage.retry': 'Réessayer',
  'errorPage.csrf.title': 'Ce formulaire a expiré',
  'errorPage.csrf.text':
    'Pour votre sécurité, revenez en arrière, rechargez la page et envoyez à nouveau le formulaire.',
  'errorPage.rateLimited.title': 'Trop de tentatives',
  'errorPage.rateLimited.text': 'Veuillez patienter {count} minutes avant de réessayer.',
  'errorPage.unavailable.title': 'Service momentanément indisponible',
  'errorPage.unavailable.text':
    'Nous n’avons pas pu joindre le service de comptes. Rien n’a été modifié. Veuillez réessayer dans quelques minutes.',
  'errorPage.storeUnavailable.title': 'Momentanément indisponible',
  'errorPage.storeUnavailable.text':
    'Ce service est momentanément indisponible. Rien n’a été modifié. Veuillez réessayer dans une minute.',
  'errorPage.badRequest.title': 'Nous n’avons pas pu lire cette demande',
  'errorPage.badRequest.text': 'Revenez en arrière et utilisez le formulaire de la page.',
  'errorPage.tooLarge.title': 'Trop de données',
  'errorPage.tooLarge.text':
    'Le formulaire contenait plus de données que nous n’en acceptons. Raccourcissez vos saisies.',
  'errorPage.notFound.title': 'Page introuvable',
  'errorPage.notFound.text': 'La page demandée n’existe pas.',
  'errorPage.methodNotAllowed.title': 'Action non autorisée',
  'errorPage.methodNotAllowed.text': 'Cette page ne peut pas être utilisée de cette façon.',
  'errorPage.internal.title': 'Une erreur est survenue',
  'errorPage.internal.text':
    'Une erreur inattendue s’est produite. Rien n’a été modifié. Veuillez réessayer.',
  // Vérification de l’adresse e-mail et inscription par e-mail d’abord.
  'field.verificationCode': 'Code de vérification',
  'hint.verificationCode':
    'Les 8 lettres et chiffres de l’e-mail. Vous pouvez le coller ; les espaces et les majuscules ne comptent pas.',
  'verify.title': 'Consultez vos e-mails',
  'verify.intro':
    'Nous avons envoyé un code de vérification à {email}. Saisissez-le ci-dessous pour activer votre compte.',
  'verify.introEmailFirst':
    'Nous avons envoyé un code à {email}. Saisissez-le et choisissez votre mot de passe.',
  'verify.submit': 'Vérifier mon adresse e-mail',
  'verify.submitEmailFirst': 'Continuer',
  'verify.resendTitle': 'Pas d’e-mail ?',
  'verify.resendText':
    'Cela peut prendre quelques minutes. Vérifiez votre dossier de courrier indésirable. Si vous demandez un nouveau code, seul le plus récent fonctionne.',
  'verify.resend': 'Envoyer un nouveau code',
  'verify.restart': 'Utiliser une autre adresse e-mail',
  'registerEmail.intro':
    'Saisissez votre adresse e-mail. Nous vous enverrons un code pour la confirmer.',
  'registerEmail.submit': 'M’envoyer un code',
  'error.verificationCode.format': 'Le code comporte 8 lettres et chiffres.',
  'error.verificationCode.invalid':
    'Ce code est incorrect, a expiré ou a été remplacé par un plus récent. Vérifiez le dernier e-mail et réessayez.',
  'error.verificationCode.exhausted':
    'Trop de codes erronés. Demandez un nouveau code ci-dessous, puis saisissez le plus récent.',
  'flash.verifyResent': 'Un nouveau code est en route. Seul le plus récent fonctionne.',
  'flash.verifyResendCapped':
    'Nous ne pouvons plus envoyer de code à cette adresse aujourd’hui. Utilisez le dernier code reçu, ou réessayez demain.',
  'flash.verifyStart': 'Veuillez recommencer votre inscription.',
  'flash.accountVerified': 'Votre adresse e-mail est confirmée. Votre compte est prêt.',
  'done.title': 'Votre compte est prêt',
  'done.text':
    'Connectez-vous maintenant à l’application pour laquelle vous vous êtes inscrit, avec votre nom d’utilisateur ou votre adresse e-mail et votre mot de passe.',
  'username.title': 'Choisissez votre nom d’utilisateur',
  'username.intro':
    'Votre adresse e-mail est confirmée. Choisissez maintenant le nom d’utilisateur avec lequel vous vous connecterez.',
  'username.submit': 'Enregistrer le nom d’utilisateur',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'La connexion n’a pas pu aboutir',
  'signin.failed.text':
    'La réponse de connexion n’était pas valide ou a déjà été utilisée. Vous n’êtes pas connecté. Veuillez recommencer depuis la page de connexion.',
  'signin.expired.title': 'Votre session a pris fin',
  'signin.expired.text':
    'Pour votre sécurité, vous avez été déconnecté. Veuillez vous reconnecter.',
  'signout.button': 'Se déconnecter',
  'signedOut.title': 'Vous êtes déconnecté',
  'signedOut.text': 'Votre session est terminée sur cet appareil.',
  'signedOut.again': 'Se reconnecter',
  'signon.title': 'Connexion',
  'signon.intro':
    'Connectez-vous avec votre nom d’utilisateur ou votre adresse e-mail et votre mot de passe.',
  'signon.submit': 'Se connecter',
  'signon.forgotLink': 'Mot de passe oublié ?',
  'signon.changeLink': 'Changer un mot de passe sans se connecter',
  'signon.registerLink': 'Créer un compte',
  'error.signon.credentials': 'Le nom d’utilisateur ou le mot de passe est incorrect.',
  'error.signon.locked':
    'Trop de tentatives échouées. Vous pourrez réessayer dans {count} minutes.',
  'error.signon.locked|one':
    'Trop de tentatives échouées. Vous pourrez réessayer dans {count} minute.',
  'error.signon.code': 'Le code est incorrect ou a expiré.',
  'signon.newPassword.title': 'Choisissez un nouveau mot de passe',
  'signon.newPassword.mustChange':
    'Votre mot de passe a été réinitialisé. Choisissez-en un nouveau pour continuer.',
  'signon.newPassword.expired':
    'Votre mot de passe a expiré. Choisissez-en un nouveau pour continuer.',
  'signon.newPassword.submit': 'Enregistrer et continuer',
  'signon.forgot.title': 'Réinitialiser votre mot de passe',
  'signon.forgot.intro':
    'Saisissez votre nom d’utilisateur ou votre adresse e-mail. Si un compte correspond, nous lui enverrons un code par e-mail.',
  'signon.forgot.submit': 'Envoyer un code',
  'signon.recover.title': 'Saisissez le code',
  'signon.recover.intro':
    'Si un compte correspond, nous avons envoyé un code à son adresse e-mail. Saisissez-le avec un nouveau mot de passe.',
  'signon.recover.submit': 'Réinitialiser et se connecter',
  'signon.back': 'Retour à la connexion',
  'flash.signonRestart':
    'Cette connexion a pris trop de temps ou était déjà terminée. Veuillez vous reconnecter.',
  'signon.unsupported':
    'Cette étape de connexion ne peut pas être effectuée sur cette page. Veuillez contacter le support.',
  'account.title': 'Votre compte',
  'account.intro': 'Vérifiez et mettez à jour vos informations.',
  'account.submit': 'Enregistrer',
  'account.username': 'Nom d’utilisateur',
  'account.usernameHint': 'Votre nom d’utilisateur ne peut pas être modifié.',
  'field.givenName': 'Prénom',
  'field.familyName': 'Nom',
  'field.preferredLanguage': 'Langue préférée',
  'field.noPreference': 'Aucune préférence',
  'account.reauth':
    'Pour votre sécurité, veuillez vous reconnecter avant de modifier votre adresse e-mail.',
  'flash.accountSaved': 'Vos informations ont été enregistrées.',
  'account.nav.label': 'Compte',
  'account.nav.profile': 'Informations',
  'account.nav.password': 'Mot de passe',
  'account.nav.sessions': 'Sessions',
  'accountPassword.title': 'Changer votre mot de passe',
  'accountPassword.intro': 'Saisissez votre mot de passe actuel, puis choisissez-en un nouveau.',
  'accountPassword.submit': 'Changer le mot de passe',
  'error.currentPassword': 'Le mot de passe actuel est incorrect.',
  'flash.accountPasswordChanged': 'Votre mot de passe a été modifié.',
  'sessions.title': 'Vos sessions',
  'sessions.intro': 'Voici les endroits où vous êtes connecté.',
  'sessions.current': 'Cette session',
  'sessions.browser': 'Navigateur',
  'sessions.lastSignOn': 'Dernière connexion',
  'sessions.place': 'Lieu',
  'sessions.unknown': 'Inconnu',
  'sessions.signOutOthers': 'Se déconnecter partout ailleurs',
  'flash.sessionsEnded': '{count} autres sessions ont été fermées.',
  'flash.sessionsEnded|one': '{count} autre session a été fermée.',
  'home.signedIn.title': 'Bienvenue, {name}',
  'home.account.title': 'Votre compte',
  'home.account.text': 'Consultez et modifiez vos informations.',
  'home.accountPassword.text': 'Changez votre mot de passe.',
  'home.sessions.text': 'Voyez où vous êtes connecté.',
  'home.signin.title': 'Se connecter',
  'home.signin.text': 'Connectez-vous pour consulter et modifier votre compte.',
  'done.registered.title': 'Votre compte a été créé',
  'done.registered.text':
    'Vous pouvez maintenant vous connecter avec votre nom d’utilisateur et votre mot de passe.',
  'done.recovered.title': 'Votre mot de passe a été réinitialisé',
  'done.recovered.text':
    'Connectez-vous avec votre nouveau mot de passe. Le code de récupération ne fonctionne plus.',
  'done.changed.title': 'Votre mot de passe a été modifié',
  'done.changed.text': 'Utilisez votre nouveau mot de passe lors de votre prochaine connexion.',
  'done.signIn': 'Se connecter',
  'done.home': 'Aller à la page d’accueil',
  'nav.back': 'Retour',
  'change.forgot': 'Mot de passe actuel oublié ?',
  'flash.sessionExpiredForm':
    'Votre session a expiré : rien n’a été envoyé. Vérifiez le formulaire et envoyez-le à nouveau (les mots de passe et les codes sont à saisir de nouveau).',
  'policy.submitOnly': '(vérifié à l’envoi)',
  'error.password.policyMarked':
    'Choisissez un mot de passe qui respecte les {count} exigences marquées ✗.',
  'error.password.policyMarked|one':
    'Choisissez un mot de passe qui respecte l’exigence marquée ✗.',
  'strength.label': 'Robustesse :',
  'strength.score0':
    'très facile à deviner. Essayez une phrase de passe : trois ou quatre mots sans rapport entre eux.',
  'strength.score1':
    'facile à deviner. Un mot de passe plus long, ou quelques mots sans rapport, est bien plus robuste.',
  'strength.score2': 'assez difficile à deviner. Un mot de plus le rendrait bien plus robuste.',
  'strength.score3': 'difficile à deviner.',
  'strength.score4': 'très difficile à deviner.',
  'recover.sentTo':
    'Si un compte correspond à {identifier}, nous avons envoyé un code de récupération à l’adresse e‑mail de ce compte.',
  'recover.resendWait': 'Vous pourrez demander un nouveau code dans {count} secondes.',
  'recover.resendWait|one': 'Vous pourrez demander un nouveau code dans {count} seconde.',
  'flash.resendCooldown|one': 'Veuillez patienter {count} seconde avant de demander un autre code.',
  'error.username.required': 'Saisissez un nom d’utilisateur',
  'error.email.required': 'Saisissez votre adresse e‑mail',
  'error.password.required': 'Saisissez un mot de passe',
  'error.newPassword.required': 'Saisissez un nouveau mot de passe',
  'error.confirmPassword.required': 'Saisissez à nouveau le mot de passe',
  'error.confirmNewPassword.required': 'Saisissez à nouveau le nouveau mot de passe',
  'error.currentPassword.required': 'Saisissez votre mot de passe actuel',
  'error.recoveryCode.required': 'Saisissez le code reçu par e‑mail',
  'error.identifier.required': 'Saisissez votre nom d’utilisateur ou votre adresse e‑mail',
  'error.signonPassword.required': 'Saisissez votre mot de passe',
  'error.givenName.required': 'Saisissez votre prénom',
  'error.familyName.required': 'Saisissez votre nom de famille',
  'error.verificationCode.required': 'Saisissez le code reçu par e‑mail',
  'error.preferredLanguage.invalid': 'Choisissez une langue dans la liste',
  'error.titlePrefix': 'Erreur : ',
  'error.action.recover': 'Récupérer votre mot de passe',
  'policy.headingRegister': 'Votre mot de passe doit :',
  'policy.rule.upper|one': 'contenir au moins {count} majuscule (A–Z)',
  'policy.rule.lower|one': 'contenir au moins {count} minuscule (a–z)',
  'policy.rule.digit|one': 'contenir au moins {count} chiffre (0–9)',
  'errorPage.rateLimited.text|one': 'Veuillez patienter {count} minute avant de réessayer.',
  'password.showShort': 'Afficher',
  'password.hideShort': 'Masquer',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'Confirmez votre adresse e-mail',
  'signon.verify.intro':
    'Votre compte attend la confirmation de son adresse e-mail. Saisissez le code que nous vous avons envoyé pour terminer la connexion.',
  'signon.verify.submit': 'Confirmer et se connecter',
  'signon.verify.restart': 'Se connecter avec un autre compte',
  'accountEmail.title': 'Confirmez votre adresse e-mail',
  'accountEmail.intro':
    'Nous avons envoyé un code à l’adresse ci-dessous. Saisissez-le pour confirmer l’adresse. D’ici là, elle reste indiquée comme non confirmée.',
  'accountEmail.submit': 'Confirmer l’adresse',
  'accountEmail.back': 'Retour à votre compte',
  'accountEmail.unverified': 'Cette adresse n’est pas encore confirmée.',
  'accountEmail.confirmLink': 'La confirmer',
  'flash.emailChangePending':
    'Vos informations ont été enregistrées. Saisissez le code envoyé à votre nouvelle adresse pour la confirmer.',
  'flash.emailVerified': 'Votre adresse e-mail est confirmée.',
  'continue.app': 'Continuer vers l’application',
};
