/** German catalogue. Must define every key of the English one with the same placeholders. */
import type { MessageKey } from './en.js';

export const de: Record<MessageKey, string> = {
  'layout.skip': 'Zum Hauptinhalt springen',
  'layout.language': 'Sprache',
  'layout.languageSubmit': 'Ändern',
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
  // E-Mail-Bestätigung und Registrierung mit der E-Mail-Adresse zuerst.
  'field.verificationCode': 'Bestätigungscode',
  'hint.verificationCode':
    'Die 8 Buchstaben und Ziffern aus der E-Mail. Sie können ihn einfügen; Leerzeichen und Groß-/Kleinschreibung spielen keine Rolle.',
  'verify.title': 'Prüfen Sie Ihre E-Mails',
  'verify.intro':
    'Wir haben einen Bestätigungscode an {email} gesendet. Geben Sie ihn unten ein, um Ihr Konto zu aktivieren.',
  'verify.introEmailFirst':
    'Wir haben einen Code an {email} gesendet. Geben Sie ihn ein und wählen Sie Ihr Passwort.',
  'verify.submit': 'E-Mail-Adresse bestätigen',
  'verify.submitEmailFirst': 'Weiter',
  'verify.resendTitle': 'Keine E-Mail erhalten?',
  'verify.resendText':
    'Das kann einige Minuten dauern. Sehen Sie auch im Spam-Ordner nach. Wenn Sie einen neuen Code anfordern, gilt nur der neueste.',
  'verify.resend': 'Neuen Code senden',
  'verify.restart': 'Eine andere E-Mail-Adresse verwenden',
  'registerEmail.intro':
    'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Code, um sie zu bestätigen.',
  'registerEmail.submit': 'Code zusenden',
  'error.verificationCode.format': 'Der Code besteht aus 8 Buchstaben und Ziffern.',
  'error.verificationCode.invalid':
    'Dieser Code ist falsch, abgelaufen oder wurde durch einen neueren ersetzt. Prüfen Sie die neueste E-Mail und versuchen Sie es erneut.',
  'error.verificationCode.exhausted':
    'Zu viele falsche Codes. Fordern Sie unten einen neuen Code an und geben Sie dann den neuesten ein.',
  'flash.verifyResent': 'Ein neuer Code ist unterwegs. Nur der neueste Code gilt.',
  'flash.verifyResendCapped':
    'Wir können heute keine weiteren Codes an diese Adresse senden. Verwenden Sie den neuesten Code oder versuchen Sie es morgen erneut.',
  'flash.verifyStart': 'Bitte beginnen Sie Ihre Registrierung erneut.',
  'flash.accountVerified': 'Ihre E-Mail-Adresse ist bestätigt. Ihr Konto ist bereit.',
  'done.title': 'Ihr Konto ist bereit',
  'done.text':
    'Melden Sie sich nun bei der Anwendung an, für die Sie sich registriert haben – mit Ihrem Benutzernamen oder Ihrer E-Mail-Adresse und Ihrem Passwort.',
  'username.title': 'Benutzernamen wählen',
  'username.intro':
    'Ihre E-Mail-Adresse ist bestätigt. Wählen Sie nun den Benutzernamen, mit dem Sie sich anmelden.',
  'username.submit': 'Benutzernamen speichern',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'Die Anmeldung konnte nicht abgeschlossen werden',
  'signin.failed.text':
    'Die Antwort der Anmeldung war ungültig oder wurde bereits verwendet. Sie sind nicht angemeldet. Bitte beginnen Sie erneut auf der Anmeldeseite.',
  'signin.expired.title': 'Ihre Sitzung ist beendet',
  'signin.expired.text':
    'Zu Ihrer Sicherheit wurden Sie abgemeldet. Bitte melden Sie sich erneut an.',
  'signout.button': 'Abmelden',
  'signedOut.title': 'Sie sind abgemeldet',
  'signedOut.text': 'Ihre Sitzung auf diesem Gerät ist beendet.',
  'signedOut.again': 'Erneut anmelden',
  'signon.title': 'Anmelden',
  'signon.intro':
    'Melden Sie sich mit Ihrem Benutzernamen oder Ihrer E-Mail-Adresse und Ihrem Passwort an.',
  'signon.submit': 'Anmelden',
  'signon.forgotLink': 'Passwort vergessen?',
  'signon.changeLink': 'Ein Passwort ohne Anmeldung ändern',
  'signon.registerLink': 'Konto erstellen',
  'error.signon.credentials': 'Benutzername oder Passwort ist falsch.',
  'error.signon.locked':
    'Zu viele Fehlversuche. Sie können es in {count} Minuten erneut versuchen.',
  'error.signon.locked|one':
    'Zu viele Fehlversuche. Sie können es in {count} Minute erneut versuchen.',
  'error.signon.code': 'Der Code ist falsch oder abgelaufen.',
  'signon.newPassword.title': 'Wählen Sie ein neues Passwort',
  'signon.newPassword.mustChange':
    'Ihr Passwort wurde zurückgesetzt. Wählen Sie ein neues, um fortzufahren.',
  'signon.newPassword.expired':
    'Ihr Passwort ist abgelaufen. Wählen Sie ein neues, um fortzufahren.',
  'signon.newPassword.submit': 'Speichern und fortfahren',
  'signon.forgot.title': 'Passwort zurücksetzen',
  'signon.forgot.intro':
    'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Wenn ein Konto passt, senden wir ihm einen Code per E-Mail.',
  'signon.forgot.submit': 'Code senden',
  'signon.recover.title': 'Code eingeben',
  'signon.recover.intro':
    'Wenn ein Konto passt, haben wir einen Code an seine E-Mail-Adresse gesendet. Geben Sie ihn mit einem neuen Passwort ein.',
  'signon.recover.submit': 'Zurücksetzen und anmelden',
  'signon.back': 'Zurück zur Anmeldung',
  'flash.signonRestart':
    'Diese Anmeldung hat zu lange gedauert oder war bereits abgeschlossen. Bitte melden Sie sich erneut an.',
  'signon.unsupported':
    'Dieser Anmeldeschritt kann auf dieser Seite nicht abgeschlossen werden. Bitte wenden Sie sich an den Support.',
  'account.title': 'Ihr Konto',
  'account.intro': 'Prüfen und aktualisieren Sie Ihre Angaben.',
  'account.submit': 'Änderungen speichern',
  'account.username': 'Benutzername',
  'account.usernameHint': 'Ihr Benutzername kann nicht geändert werden.',
  'field.givenName': 'Vorname',
  'field.familyName': 'Nachname',
  'field.preferredLanguage': 'Bevorzugte Sprache',
  'field.noPreference': 'Keine Angabe',
  'account.reauth':
    'Bitte melden Sie sich zu Ihrer Sicherheit erneut an, bevor Sie Ihre E-Mail-Adresse ändern.',
  'flash.accountSaved': 'Ihre Angaben wurden gespeichert.',
  'account.nav.label': 'Konto',
  'account.nav.profile': 'Angaben',
  'account.nav.password': 'Passwort',
  'account.nav.sessions': 'Sitzungen',
  'accountPassword.title': 'Passwort ändern',
  'accountPassword.intro': 'Geben Sie Ihr aktuelles Passwort ein und wählen Sie dann ein neues.',
  'accountPassword.submit': 'Passwort ändern',
  'error.currentPassword': 'Das aktuelle Passwort ist falsch.',
  'flash.accountPasswordChanged': 'Ihr Passwort wurde geändert.',
  'sessions.title': 'Ihre Sitzungen',
  'sessions.intro': 'Hier sind Sie angemeldet.',
  'sessions.current': 'Diese Sitzung',
  'sessions.browser': 'Browser',
  'sessions.lastSignOn': 'Letzte Anmeldung',
  'sessions.place': 'Ort',
  'sessions.unknown': 'Unbekannt',
  'sessions.signOutOthers': 'Überall sonst abmelden',
  'flash.sessionsEnded': 'Sie wurden von {count} anderen Sitzungen abgemeldet.',
  'flash.sessionsEnded|one': 'Sie wurden von {count} anderen Sitzung abgemeldet.',
  'home.signedIn.title': 'Willkommen, {name}',
  'home.account.title': 'Ihr Konto',
  'home.account.text': 'Angaben ansehen und ändern.',
  'home.accountPassword.text': 'Ändern Sie Ihr Passwort.',
  'home.sessions.text': 'Sehen Sie, wo Sie angemeldet sind.',
  'home.signin.title': 'Anmelden',
  'home.signin.text': 'Melden Sie sich an, um Ihr Konto anzusehen und zu ändern.',
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
  'error.identifier.required': 'Geben Sie Ihren Benutzernamen oder Ihre E‑Mail‑Adresse ein',
  'error.signonPassword.required': 'Geben Sie Ihr Passwort ein',
  'error.givenName.required': 'Geben Sie Ihren Vornamen ein',
  'error.familyName.required': 'Geben Sie Ihren Nachnamen ein',
  'error.verificationCode.required': 'Geben Sie den Code aus der E‑Mail ein',
  'error.preferredLanguage.invalid': 'Wählen Sie eine Sprache aus der Liste',
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
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'signon.verify.intro':
    'Die E-Mail-Adresse Ihres Kontos ist noch nicht bestätigt. Geben Sie den Code ein, den wir Ihnen geschickt haben, um die Anmeldung abzuschließen.',
  'signon.verify.submit': 'Bestätigen und anmelden',
  'signon.verify.restart': 'Mit einem anderen Konto anmelden',
  'accountEmail.title': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'accountEmail.intro':
    'Wir haben einen Code an die unten stehende Adresse geschickt. Geben Sie ihn ein, um die Adresse zu bestätigen. Bis dahin gilt sie als nicht bestätigt.',
  'accountEmail.submit': 'Adresse bestätigen',
  'accountEmail.back': 'Zurück zu Ihrem Konto',
  'accountEmail.unverified': 'Diese Adresse ist noch nicht bestätigt.',
  'accountEmail.confirmLink': 'Jetzt bestätigen',
  'flash.emailChangePending':
    'Ihre Angaben wurden gespeichert. Geben Sie den Code ein, den wir an Ihre neue Adresse geschickt haben, um sie zu bestätigen.',
  'flash.emailVerified': 'Ihre E-Mail-Adresse ist bestätigt.',
  'continue.app': 'Weiter zur Anwendung',
};
