/** German catalogue. Must define every key of the English one with the same placeholders. */
import type { MessageKey } from './en.js';

export const de: Record<MessageKey, string> = {
  'layout.skip': 'Zum Hauptinhalt springen',
  'layout.language': 'Sprache',
  'layout.home': 'Startseite',
  'layout.footer':
    'Ihr Passwort wird nur von unserem Identitätsanbieter gespeichert, nie von dieser Website.',

  'home.title': 'Ihr Konto verwalten',
  'home.intro': 'Was möchten Sie tun?',
  'home.register.title': 'Konto erstellen',
  'home.register.text':
    'Neu hier? Registrieren Sie sich mit Ihrer E‑Mail‑Adresse und einem Passwort.',
  'home.change.title': 'Passwort ändern',
  'home.change.text': 'Sie kennen Ihr aktuelles Passwort und möchten ein neues.',
  'home.forgot.title': 'Passwort vergessen?',
  'home.forgot.text':
    'Erhalten Sie einen Wiederherstellungscode per E‑Mail und wählen Sie ein neues Passwort.',

  'field.username': 'Benutzername',
  'field.usernameOrEmail': 'Benutzername oder E‑Mail‑Adresse',
  'field.email': 'E‑Mail‑Adresse',
  'field.password': 'Passwort',
  'field.newPassword': 'Neues Passwort',
  'field.confirmPassword': 'Passwort bestätigen',
  'field.confirmNewPassword': 'Neues Passwort bestätigen',
  'field.currentPassword': 'Aktuelles Passwort',
  'field.population': 'Kontotyp',
  'field.recoveryCode': 'Wiederherstellungscode',
  'field.optionalChoose': 'Bitte wählen…',

  'hint.username': 'Bis zu 128 Zeichen. Damit melden Sie sich an.',
  'hint.email': 'An diese Adresse senden wir Wiederherstellungscodes.',
  'hint.recoveryCode':
    'Die 8 Buchstaben und Ziffern aus der E‑Mail. Ein Code gilt 5 Minuten: Ist er abgelaufen, fordern Sie einen neuen an.',

  'password.show': 'Passwort anzeigen',
  'password.hide': 'Passwort verbergen',

  'policy.heading': 'Ihr neues Passwort muss:',
  'policy.met': 'erfüllt',
  'policy.unmet': 'noch nicht erfüllt',
  'policy.rule.lengthMin': 'mindestens {min} Zeichen lang sein',
  'policy.rule.lengthMax': 'höchstens {max} Zeichen lang sein',
  'policy.rule.lengthRange': 'mindestens {min} Zeichen lang sein (höchstens {max})',
  'policy.rule.upper': 'mindestens {count} Großbuchstaben (A–Z) enthalten',
  'policy.rule.lower': 'mindestens {count} Kleinbuchstaben (a–z) enthalten',
  'policy.rule.digit': 'mindestens {count} Ziffern (0–9) enthalten',
  'policy.rule.special': 'mindestens {count} dieser Sonderzeichen enthalten: {set}',
  'policy.rule.maxRepeatedCharacters':
    'kein Zeichen öfter als {max}-mal hintereinander wiederholen',
  'policy.rule.minUniqueCharacters': 'mindestens {min} verschiedene Zeichen enthalten',
  'policy.rule.excludesCommonlyUsed': 'kein häufig verwendetes Passwort sein',
  'policy.rule.excludesProfileData': 'weder Ihren Benutzernamen noch Ihre E‑Mail‑Adresse enthalten',
  'policy.rule.notSimilarToCurrent': 'sich deutlich von Ihrem aktuellen Passwort unterscheiden',
  'policy.rule.history': 'weder Ihr aktuelles noch ein kürzlich verwendetes Passwort sein',
  'policy.rule.minComplexity': 'schwer zu erraten sein (längere Passphrasen helfen)',
  'policy.rule.numberSequence':
    'nicht mehr als {max} aufeinanderfolgende Ziffern enthalten (wie 123)',
  'policy.rule.alphabetSequence':
    'nicht mehr als {max} aufeinanderfolgende Buchstaben enthalten (wie abc)',
  'policy.rule.qwertySequence': 'nicht mehr als {max} benachbarte Tasten enthalten (wie qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'nicht mehr als {max} benachbarte Sonderzeichen enthalten (wie !@#)',
  'policy.rule.other': 'die Passwortrichtlinie erfüllen',

  'error.summaryTitle': 'Bitte prüfen Sie Ihre Eingaben',
  'error.tooLong': 'Verwenden Sie höchstens {max} Zeichen.',
  'error.username.invalid':
    'Verwenden Sie 1 bis 128 Zeichen, ohne Zeilenumbrüche oder Steuerzeichen.',
  'error.username.taken':
    'Dieser Benutzername ist bereits vergeben. Wählen Sie einen anderen, oder stellen Sie Ihr Passwort wieder her, wenn es Ihr Konto ist.',
  'error.email.invalid': 'Geben Sie eine E‑Mail‑Adresse wie name@beispiel.de ein.',
  'error.email.taken':
    'Diese E‑Mail‑Adresse ist bereits registriert. Stellen Sie Ihr Passwort wieder her, wenn es Ihr Konto ist.',
  'error.identifier.invalid': 'Geben Sie Ihren Benutzernamen oder Ihre E‑Mail‑Adresse ein.',
  'error.password.mismatch': 'Die beiden Passwörter stimmen nicht überein.',
  'error.password.policy': 'Das Passwort erfüllt die Anforderungen nicht: {rules}.',
  'error.password.sameAsCurrent':
    'Ihr neues Passwort muss sich von Ihrem aktuellen Passwort unterscheiden.',
  'error.password.tooSimilar': 'Ihr neues Passwort ähnelt Ihrem aktuellen Passwort zu sehr.',
  'error.password.tooYoung':
    'Ihr Passwort wurde vor zu kurzer Zeit geändert. Bitte versuchen Sie es später erneut.',
  'error.credentials':
    'Benutzername oder Passwort ist falsch, oder für dieses Konto kann das Passwort hier nicht geändert werden (es ist vielleicht gesperrt oder hat noch kein Passwort). Prüfen Sie Ihre Eingabe, oder stellen Sie Ihr Passwort wieder her.',
  'error.recoveryCode.format': 'Der Code besteht aus 8 Buchstaben und Ziffern.',
  'error.recoveryCode.invalid':
    'Dieser Code ist ungültig oder abgelaufen. Prüfen Sie die E‑Mail oder fordern Sie einen neuen Code an.',
  'error.recoveryCode.exhausted':
    'Dieser Code funktioniert nach zu vielen Versuchen nicht mehr. Warten Sie aus Sicherheitsgründen eine Weile (meist 15 Minuten) und fordern Sie dann einen neuen Code an.',
  'error.population.invalid': 'Wählen Sie eine der Optionen.',
  'error.population.domain': 'Für diese E‑Mail-Domain ist keine Registrierung möglich.',
  'error.registration.refused': 'Mit diesen Angaben konnten wir kein Konto erstellen.',

  'flash.recoveryResent':
    'Falls ein Konto passt, ist ein neuer Wiederherstellungscode unterwegs. Nur der neueste Code funktioniert.',
  'flash.resendCooldown':
    'Bitte warten Sie {count} Sekunden, bevor Sie einen weiteren Code anfordern.',
  'flash.recoveryStart': 'Geben Sie zuerst Ihren Benutzernamen oder Ihre E‑Mail‑Adresse ein.',
  'flash.sessionExpired':
    'Ihre Sitzung ist wegen Inaktivität abgelaufen. Bitte beginnen Sie erneut.',

  'register.title': 'Konto erstellen',
  'register.intro': 'Alle Felder sind Pflichtfelder.',
  'register.submit': 'Konto erstellen',

  'forgot.title': 'Passwort vergessen?',
  'forgot.intro':
    'Geben Sie Ihren Benutzernamen oder Ihre E‑Mail‑Adresse ein. Wenn wir Ihr Konto finden, senden wir Ihnen einen Wiederherstellungscode.',
  'forgot.submit': 'Code senden',

  'recover.title': 'Geben Sie den Code aus der E‑Mail ein',
  'recover.intro': 'Geben Sie den Code ein und wählen Sie dann ein neues Passwort.',
  'recover.submit': 'Passwort zurücksetzen',
  'recover.resendTitle': 'Keine E‑Mail?',
  'recover.resendText':
    'Sehen Sie in Ihrem Spam-Ordner nach. Ein neuer Code ersetzt den vorherigen.',
  'recover.resend': 'Neuen Code senden',
  'recover.restart': 'Anderen Benutzernamen oder andere E‑Mail‑Adresse verwenden',

  'change.title': 'Passwort ändern',
  'change.intro': 'Geben Sie Ihr aktuelles Passwort ein und wählen Sie dann ein neues.',
  'change.submit': 'Passwort ändern',

  'errorPage.reference': 'Referenz: {id}',
  'errorPage.home': 'Zurück zur Startseite',
  'errorPage.retry': 'Erneut versuchen',
  'errorPage.csrf.title': 'Dieses Formular ist abgelaufen',
  'errorPage.csrf.text':
    'Gehen Sie zu Ihrer Sicherheit zurück, laden Sie die Seite neu und senden Sie das Formular erneut.',
  'errorPage.rateLimited.title': 'Zu viele Versuche',
  'errorPage.rateLimited.text': 'Bitte warten Sie {count} Minuten, bevor Sie es erneut versuchen.',
  'errorPage.unavailable.title': 'Dienst vorübergehend nicht verfügbar',
  'errorPage.unavailable.text':
    'Der Kontodienst ist nicht erreichbar. Es wurde nichts geändert. Bitte versuchen Sie es in einigen Minuten erneut.',
  'errorPage.storeUnavailable.title': 'Vorübergehend nicht verfügbar',
  'errorPage.storeUnavailable.text':
    'Dieser Dienst ist vorübergehend nicht verfügbar. Es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.',
  'errorPage.badRequest.title': 'Diese Anfrage konnten wir nicht lesen',
  'errorPage.badRequest.text': 'Gehen Sie zurück und verwenden Sie das Formular auf der Seite.',
  'errorPage.tooLarge.title': 'Zu viele Daten',
  'errorPage.tooLarge.text':
    'Das Formular enthielt mehr Daten, als wir annehmen. Bitte kürzen Sie Ihre Eingaben.',
  'errorPage.notFound.title': 'Seite nicht gefunden',
  'errorPage.notFound.text': 'Die angeforderte Seite existiert nicht.',
  'errorPage.methodNotAllowed.title': 'Nicht erlaubt',
  'errorPage.methodNotAllowed.text': 'Diese Seite kann so nicht verwendet werden.',
  'errorPage.internal.title': 'Etwas ist schiefgelaufen',
  'errorPage.internal.text':
    'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts geändert. Bitte versuchen Sie es erneut.',
  'done.registered.title': 'Ihr Konto wurde erstellt',
  'done.registered.text':
    'Sie können sich jetzt mit Ihrem Benutzernamen und Ihrem Passwort anmelden.',
  'done.recovered.title': 'Ihr Passwort wurde zurückgesetzt',
  'done.recovered.text':
    'Melden Sie sich mit Ihrem neuen Passwort an. Der Wiederherstellungscode ist nicht mehr gültig.',
  'done.changed.title': 'Ihr Passwort wurde geändert',
  'done.changed.text': 'Verwenden Sie bei der nächsten Anmeldung Ihr neues Passwort.',
  'done.signIn': 'Anmelden',
  'done.home': 'Zur Startseite',
  'nav.back': 'Zurück',
  'change.forgot': 'Aktuelles Passwort vergessen?',
  'flash.sessionExpiredForm':
    'Ihre Sitzung ist abgelaufen, daher wurde nichts gesendet. Prüfen Sie das Formular und senden Sie es erneut ab (Passwörter und Codes müssen Sie neu eingeben).',
  'policy.submitOnly': '(wird beim Absenden geprüft)',
  'error.password.policyMarked':
    'Wählen Sie ein Passwort, das die {count} mit ✗ markierten Anforderungen erfüllt.',
  'error.password.policyMarked|one':
    'Wählen Sie ein Passwort, das die mit ✗ markierte Anforderung erfüllt.',
  'strength.label': 'Stärke:',
  'strength.score0':
    'sehr leicht zu erraten. Versuchen Sie eine Passphrase aus drei oder vier Wörtern, die nichts miteinander zu tun haben.',
  'strength.score1':
    'leicht zu erraten. Ein längeres Passwort oder einige zusammenhanglose Wörter sind viel stärker.',
  'strength.score2': 'ziemlich schwer zu erraten. Ein weiteres Wort macht es noch viel sicherer.',
  'strength.score3': 'schwer zu erraten.',
  'strength.score4': 'sehr schwer zu erraten.',
  'recover.sentTo':
    'Wenn ein Konto zu {identifier} passt, haben wir einen Wiederherstellungscode an die E‑Mail‑Adresse dieses Kontos gesendet.',
  'recover.resendWait': 'Sie können in {count} Sekunden einen neuen Code anfordern.',
  'recover.resendWait|one': 'Sie können in {count} Sekunde einen neuen Code anfordern.',
  'flash.resendCooldown|one':
    'Bitte warten Sie {count} Sekunde, bevor Sie einen weiteren Code anfordern.',
  'error.username.required': 'Geben Sie einen Benutzernamen ein',
  'error.email.required': 'Geben Sie Ihre E‑Mail‑Adresse ein',
  'error.password.required': 'Geben Sie ein Passwort ein',
  'error.newPassword.required': 'Geben Sie ein neues Passwort ein',
  'error.confirmPassword.required': 'Geben Sie das Passwort noch einmal ein',
  'error.confirmNewPassword.required': 'Geben Sie das neue Passwort noch einmal ein',
  'error.currentPassword.required': 'Geben Sie Ihr aktuelles Passwort ein',
  'error.recoveryCode.required': 'Geben Sie den Code aus der E‑Mail ein',
  'error.titlePrefix': 'Fehler: ',
  'error.action.recover': 'Passwort wiederherstellen',
  'policy.headingRegister': 'Ihr Passwort muss:',
  'policy.rule.upper|one': 'mindestens {count} Großbuchstaben (A–Z) enthalten',
  'policy.rule.lower|one': 'mindestens {count} Kleinbuchstaben (a–z) enthalten',
  'policy.rule.digit|one': 'mindestens {count} Ziffer (0–9) enthalten',
  'errorPage.rateLimited.text|one':
    'Bitte warten Sie {count} Minute, bevor Sie es erneut versuchen.',
  'password.showShort': 'Anzeigen',
  'password.hideShort': 'Verbergen',
};
