/**
 * Dutch catalogue (nl). Glossary (the terms every page and e-mail uses):
 * account = account (het account); password = wachtwoord; code = code; sign in = inloggen;
 * sign out = uitloggen; e-mail address = e‑mailadres; username = gebruikersnaam;
 * verification code = verificatiecode; recovery code = herstelcode.
 * Register: “u”, as in the PingOne Local e-mails. “e‑mail” compounds use a no-break hyphen
 * (U+2011). Plural forms: one, other.
 */
// Declared as Record<string, string> (not Record<MessageKey, string>) so that plural variants
// English lacks could be added; every key of en.ts is present, in the same order.
export const nl: Record<string, string> = {
  'layout.skip': 'Naar de hoofdinhoud',
  'layout.language': 'Taal',
  'layout.languageSubmit': 'Wijzigen',
  'layout.home': 'Startpagina',
  'layout.footer':
    'Uw wachtwoord wordt alleen bewaard door onze identiteitsprovider, nooit door deze website.',

  'home.title': 'Uw account beheren',
  'home.intro': 'Wat wilt u doen?',
  'home.register.title': 'Account aanmaken',
  'home.register.text': 'Nieuw hier? Registreer u met uw e‑mailadres en een wachtwoord.',
  'home.change.title': 'Wachtwoord wijzigen',
  'home.change.text': 'U weet uw huidige wachtwoord en wilt een nieuw wachtwoord.',
  'home.forgot.title': 'Wachtwoord vergeten?',
  'home.forgot.text': 'Ontvang een herstelcode per e‑mail en kies een nieuw wachtwoord.',

  'field.username': 'Gebruikersnaam',
  'field.usernameOrEmail': 'Gebruikersnaam of e‑mailadres',
  'field.email': 'E‑mailadres',
  'field.password': 'Wachtwoord',
  'field.newPassword': 'Nieuw wachtwoord',
  'field.confirmPassword': 'Wachtwoord bevestigen',
  'field.confirmNewPassword': 'Nieuw wachtwoord bevestigen',
  'field.currentPassword': 'Huidig wachtwoord',
  'field.population': 'Soort account',
  'field.recoveryCode': 'Herstelcode',
  'field.optionalChoose': 'Kies…',

  'hint.username': 'Maximaal 128 tekens. Hiermee logt u in.',
  'hint.email': 'Naar dit adres sturen we codes om uw wachtwoord te herstellen.',
  'hint.recoveryCode':
    'De 8 letters en cijfers uit de e‑mail. Een code is 5 minuten geldig: is uw code verlopen, vraag dan een nieuwe aan.',

  'password.show': 'Wachtwoord tonen',
  'password.hide': 'Wachtwoord verbergen',

  'policy.heading': 'Uw nieuwe wachtwoord moet:',
  'policy.met': 'voldaan',
  'policy.unmet': 'nog niet voldaan',
  'policy.rule.lengthMin': 'minstens {min} tekens lang zijn',
  'policy.rule.lengthMax': 'hoogstens {max} tekens lang zijn',
  'policy.rule.lengthRange': 'minstens {min} tekens lang zijn (hoogstens {max})',
  'policy.rule.upper': 'minstens {count} hoofdletters bevatten (A–Z)',
  'policy.rule.lower': 'minstens {count} kleine letters bevatten (a–z)',
  'policy.rule.digit': 'minstens {count} cijfers bevatten (0–9)',
  'policy.rule.special': 'minstens {count} van deze symbolen bevatten: {set}',
  'policy.rule.maxRepeatedCharacters': 'geen teken meer dan {max} keer achter elkaar herhalen',
  'policy.rule.minUniqueCharacters': 'minstens {min} verschillende tekens bevatten',
  'policy.rule.excludesCommonlyUsed': 'geen veelgebruikt wachtwoord zijn',
  'policy.rule.excludesProfileData': 'uw gebruikersnaam of e‑mailadres niet bevatten',
  'policy.rule.notSimilarToCurrent': 'duidelijk verschillen van uw huidige wachtwoord',
  'policy.rule.history': 'niet uw huidige of een recent gebruikt wachtwoord zijn',
  'policy.rule.minComplexity': 'moeilijk te raden zijn (langere wachtzinnen helpen)',
  'policy.rule.numberSequence': 'niet meer dan {max} opeenvolgende cijfers bevatten (zoals 123)',
  'policy.rule.alphabetSequence': 'niet meer dan {max} opeenvolgende letters bevatten (zoals abc)',
  'policy.rule.qwertySequence':
    'niet meer dan {max} naast elkaar liggende toetsen bevatten (zoals qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'niet meer dan {max} naast elkaar liggende symbolen bevatten (zoals !@#)',
  'policy.rule.other': 'voldoen aan het wachtwoordbeleid',

  'error.summaryTitle': 'Er is een probleem',
  'error.tooLong': 'Gebruik maximaal {max} tekens.',
  'error.username.invalid': 'Gebruik 1 tot 128 tekens, zonder regeleinden of besturingstekens.',
  'error.username.taken':
    'Deze gebruikersnaam is al in gebruik. Kies een andere, of herstel uw wachtwoord als dit uw account is.',
  'error.email.invalid': 'Voer een e‑mailadres in zoals naam@voorbeeld.nl.',
  'error.email.taken':
    'Dit e‑mailadres is al geregistreerd. Herstel uw wachtwoord als dit uw account is.',
  'error.identifier.invalid': 'Voer uw gebruikersnaam of e‑mailadres in.',
  'error.password.mismatch': 'De twee wachtwoorden komen niet overeen.',
  'error.password.policy': 'Het wachtwoord voldoet niet aan de eisen: {rules}.',
  'error.password.sameAsCurrent':
    'Uw nieuwe wachtwoord moet verschillen van uw huidige wachtwoord.',
  'error.password.tooSimilar': 'Uw nieuwe wachtwoord lijkt te veel op uw huidige wachtwoord.',
  'error.password.tooYoung':
    'Uw wachtwoord is te kort geleden gewijzigd om het nu opnieuw te wijzigen. Probeer het later opnieuw.',
  'error.credentials':
    'De gebruikersnaam of het wachtwoord is onjuist, of het wachtwoord van dit account kan hier niet worden gewijzigd (het account is misschien geblokkeerd of heeft nog geen wachtwoord). Controleer wat u hebt getypt, of herstel uw wachtwoord.',
  'error.recoveryCode.format': 'De code bestaat uit 8 letters en cijfers.',
  'error.recoveryCode.invalid':
    'Die code is ongeldig of verlopen. Controleer de e‑mail of vraag een nieuwe code aan.',
  'error.recoveryCode.exhausted':
    'Deze code werkt niet meer na te veel pogingen. Wacht voor uw veiligheid even (meestal 15 minuten) en vraag dan een nieuwe code aan.',
  'error.population.invalid': 'Kies een van de opties.',
  'error.population.domain': 'Registreren is niet mogelijk voor dit e‑maildomein.',
  'error.registration.refused': 'We konden met deze gegevens geen account aanmaken.',

  'flash.recoveryResent':
    'Als er een account overeenkomt, is er een nieuwe herstelcode onderweg. Alleen de nieuwste code werkt.',
  'flash.resendCooldown': 'Wacht {count} seconden voordat u een nieuwe code aanvraagt.',
  'flash.recoveryStart': 'Begin met het invullen van uw gebruikersnaam of e‑mailadres.',
  'flash.sessionExpired': 'Uw sessie is verlopen omdat u een tijd niet actief was. Begin opnieuw.',

  'register.title': 'Account aanmaken',
  'register.intro': 'Alle velden zijn verplicht.',
  'register.submit': 'Account aanmaken',

  'forgot.title': 'Wachtwoord vergeten?',
  'forgot.intro':
    'Voer uw gebruikersnaam of e‑mailadres in. Als we uw account vinden, sturen we u een herstelcode per e‑mail.',
  'forgot.submit': 'Herstelcode sturen',

  'recover.title': 'Voer de code in die we u hebben gemaild',
  'recover.intro': 'Voer de code in en kies daarna een nieuw wachtwoord.',
  'recover.submit': 'Wachtwoord opnieuw instellen',
  'recover.resendTitle': 'Geen e‑mail ontvangen?',
  'recover.resendText': 'Kijk in uw spammap. Een nieuwe code vervangt de vorige.',
  'recover.resend': 'Nieuwe code sturen',
  'recover.restart': 'Een andere gebruikersnaam of een ander e‑mailadres gebruiken',

  'change.title': 'Wachtwoord wijzigen',
  'change.intro': 'Voer uw huidige wachtwoord in en kies daarna een nieuw wachtwoord.',
  'change.submit': 'Wachtwoord wijzigen',

  'errorPage.reference': 'Referentie: {id}',
  'errorPage.home': 'Terug naar de startpagina',
  'errorPage.retry': 'Opnieuw proberen',
  'errorPage.csrf.title': 'Dit formulier is verlopen',
  'errorPage.csrf.text':
    'Ga voor uw veiligheid terug, laad de pagina opnieuw en verstuur het formulier nogmaals.',
  'errorPage.rateLimited.title': 'Te veel pogingen',
  'errorPage.rateLimited.text': 'Wacht {count} minuten voordat u het opnieuw probeert.',
  'errorPage.unavailable.title': 'Dienst tijdelijk niet beschikbaar',
  'errorPage.unavailable.text':
    'We konden de accountdienst niet bereiken. Er is niets gewijzigd. Probeer het over een paar minuten opnieuw.',
  'errorPage.storeUnavailable.title': 'Tijdelijk niet beschikbaar',
  'errorPage.storeUnavailable.text':
    'Deze dienst is tijdelijk niet beschikbaar. Er is niets gewijzigd. Probeer het over een minuut opnieuw.',
  'errorPage.badRequest.title': 'We konden dit verzoek niet lezen',
  'errorPage.badRequest.text': 'Ga terug en gebruik het formulier op de pagina.',
  'errorPage.tooLarge.title': 'Te veel gegevens',
  'errorPage.tooLarge.text':
    'Het formulier bevatte meer gegevens dan we accepteren. Maak uw invoer korter.',
  'errorPage.notFound.title': 'Pagina niet gevonden',
  'errorPage.notFound.text': 'De pagina die u zocht, bestaat niet.',
  'errorPage.methodNotAllowed.title': 'Niet toegestaan',
  'errorPage.methodNotAllowed.text': 'Deze pagina kan niet op die manier worden gebruikt.',
  'errorPage.internal.title': 'Er is iets misgegaan',
  'errorPage.internal.text':
    'Er is een onverwachte fout opgetreden. Er is niets gewijzigd. Probeer het opnieuw.',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': 'Verificatiecode',
  'hint.verificationCode':
    'De 8 letters en cijfers uit de e‑mail. U kunt de code plakken; spaties en hoofdletters maken niet uit.',
  'verify.title': 'Controleer uw e‑mail',
  'verify.intro':
    'We hebben een verificatiecode naar {email} gestuurd. Voer die hieronder in om uw account te activeren.',
  'verify.introEmailFirst':
    'We hebben een code naar {email} gestuurd. Voer die in en kies uw wachtwoord.',
  'verify.submit': 'Mijn e‑mailadres verifiëren',
  'verify.submitEmailFirst': 'Doorgaan',
  'verify.resendTitle': 'Geen e‑mail ontvangen?',
  'verify.resendText':
    'Dat kan een paar minuten duren. Kijk ook in uw spammap. Als u een nieuwe code aanvraagt, werkt alleen de nieuwste.',
  'verify.resend': 'Nieuwe code sturen',
  'verify.restart': 'Een ander e‑mailadres gebruiken',
  'registerEmail.intro': 'Voer uw e‑mailadres in. We sturen u een code om het te bevestigen.',
  'registerEmail.submit': 'Stuur mij een code',
  'error.verificationCode.format': 'De code bestaat uit 8 letters en cijfers.',
  'error.verificationCode.invalid':
    'Deze code klopt niet, is verlopen of is vervangen door een nieuwere. Controleer de nieuwste e‑mail en probeer het opnieuw.',
  'error.verificationCode.exhausted':
    'Te veel onjuiste codes. Vraag hieronder een nieuwe code aan en voer daarna de nieuwste in.',
  'flash.verifyResent': 'Er is een nieuwe code onderweg. Alleen de nieuwste code werkt.',
  'flash.verifyResendCapped':
    'We kunnen vandaag geen codes meer naar dit adres sturen. Gebruik de nieuwste code die u hebt ontvangen, of probeer het morgen opnieuw.',
  'flash.verifyStart': 'Begin opnieuw met uw registratie.',
  'flash.accountVerified': 'Uw e‑mailadres is bevestigd. Uw account is klaar voor gebruik.',
  'done.title': 'Uw account is klaar voor gebruik',
  'done.text':
    'Log nu in bij de applicatie waarvoor u zich hebt geregistreerd, met uw gebruikersnaam of e‑mailadres en uw wachtwoord.',
  'username.title': 'Kies uw gebruikersnaam',
  'username.intro': 'Uw e‑mailadres is bevestigd. Kies nu de gebruikersnaam waarmee u inlogt.',
  'username.submit': 'Gebruikersnaam opslaan',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'Inloggen kon niet worden voltooid',
  'signin.failed.text':
    'Het antwoord op de inlogpoging was ongeldig of is al gebruikt. U bent niet ingelogd. Begin opnieuw vanaf de inlogpagina.',
  'signin.expired.title': 'Uw sessie is beëindigd',
  'signin.expired.text': 'Voor uw veiligheid bent u uitgelogd. Log opnieuw in.',
  'signout.button': 'Uitloggen',
  'signedOut.title': 'U bent uitgelogd',
  'signedOut.text': 'Uw sessie op dit apparaat is beëindigd.',
  'signedOut.again': 'Opnieuw inloggen',
  'signon.title': 'Inloggen',
  'signon.intro': 'Log in met uw gebruikersnaam of e‑mailadres en uw wachtwoord.',
  'signon.submit': 'Inloggen',
  'signon.forgotLink': 'Wachtwoord vergeten?',
  'signon.changeLink': 'Een wachtwoord wijzigen zonder in te loggen',
  'signon.registerLink': 'Account aanmaken',
  'error.signon.credentials': 'De gebruikersnaam of het wachtwoord is onjuist.',
  'error.signon.locked':
    'Te veel mislukte pogingen. U kunt het over {count} minuten opnieuw proberen.',
  'error.signon.locked|one':
    'Te veel mislukte pogingen. U kunt het over {count} minuut opnieuw proberen.',
  'error.signon.code': 'De code is onjuist of verlopen.',
  'signon.newPassword.title': 'Kies een nieuw wachtwoord',
  'signon.newPassword.mustChange':
    'Uw wachtwoord is opnieuw ingesteld. Kies een nieuw wachtwoord om door te gaan.',
  'signon.newPassword.expired':
    'Uw wachtwoord is verlopen. Kies een nieuw wachtwoord om door te gaan.',
  'signon.newPassword.submit': 'Opslaan en doorgaan',
  'signon.forgot.title': 'Wachtwoord opnieuw instellen',
  'signon.forgot.intro':
    'Voer uw gebruikersnaam of e‑mailadres in. Als er een account overeenkomt, sturen we een code naar het e‑mailadres van dat account.',
  'signon.forgot.submit': 'Code sturen',
  'signon.recover.title': 'Voer de code in',
  'signon.recover.intro':
    'Als er een account overeenkomt, hebben we een code naar het e‑mailadres van dat account gestuurd. Voer die in samen met een nieuw wachtwoord.',
  'signon.recover.submit': 'Wachtwoord opnieuw instellen en inloggen',
  'signon.back': 'Terug naar inloggen',
  'flash.signonRestart': 'Het inloggen duurde te lang of was al voltooid. Log opnieuw in.',
  'signon.unsupported':
    'Deze inlogstap kan op deze pagina niet worden voltooid. Neem contact op met de helpdesk.',
  'account.title': 'Uw account',
  'account.intro': 'Controleer en wijzig uw gegevens.',
  'account.submit': 'Wijzigingen opslaan',
  'account.username': 'Gebruikersnaam',
  'account.usernameHint': 'Uw gebruikersnaam kan niet worden gewijzigd.',
  'field.givenName': 'Voornaam',
  'field.familyName': 'Achternaam',
  'field.preferredLanguage': 'Voorkeurstaal',
  'field.noPreference': 'Geen voorkeur',
  'account.reauth': 'Log voor uw veiligheid opnieuw in voordat u uw e‑mailadres wijzigt.',
  'flash.accountSaved': 'Uw gegevens zijn opgeslagen.',
  'account.nav.label': 'Account',
  'account.nav.profile': 'Gegevens',
  'account.nav.password': 'Wachtwoord',
  'account.nav.sessions': 'Sessies',
  'accountPassword.title': 'Wachtwoord wijzigen',
  'accountPassword.intro': 'Voer uw huidige wachtwoord in en kies daarna een nieuw wachtwoord.',
  'accountPassword.submit': 'Wachtwoord wijzigen',
  'error.currentPassword': 'Het huidige wachtwoord is onjuist.',
  'flash.accountPasswordChanged': 'Uw wachtwoord is gewijzigd.',
  'sessions.title': 'Uw sessies',
  'sessions.intro': 'Hier bent u ingelogd.',
  'sessions.current': 'Deze sessie',
  'sessions.browser': 'Browser',
  'sessions.lastSignOn': 'Laatst ingelogd',
  'sessions.place': 'Locatie',
  'sessions.unknown': 'Onbekend',
  'sessions.signOutOthers': 'Overal elders uitloggen',
  'flash.sessionsEnded': 'U bent uitgelogd uit {count} andere sessies.',
  'flash.sessionsEnded|one': 'U bent uitgelogd uit {count} andere sessie.',
  'home.signedIn.title': 'Welkom, {name}',
  'home.account.title': 'Uw account',
  'home.account.text': 'Bekijk en wijzig uw gegevens.',
  'home.accountPassword.text': 'Wijzig uw wachtwoord.',
  'home.sessions.text': 'Bekijk waar u bent ingelogd.',
  'home.signin.title': 'Inloggen',
  'home.signin.text': 'Log in om uw account te bekijken en te wijzigen.',
  'done.registered.title': 'Uw account is aangemaakt',
  'done.registered.text': 'U kunt nu inloggen met uw gebruikersnaam en wachtwoord.',
  'done.recovered.title': 'Uw wachtwoord is opnieuw ingesteld',
  'done.recovered.text': 'Log in met uw nieuwe wachtwoord. De herstelcode werkt niet meer.',
  'done.changed.title': 'Uw wachtwoord is gewijzigd',
  'done.changed.text': 'Gebruik uw nieuwe wachtwoord wanneer u de volgende keer inlogt.',
  'done.signIn': 'Inloggen',
  'done.home': 'Naar de startpagina',
  'nav.back': 'Terug',
  'change.forgot': 'Huidig wachtwoord vergeten?',
  'flash.sessionExpiredForm':
    'Uw sessie is verlopen, dus er is niets verstuurd. Controleer het formulier en verstuur het opnieuw (wachtwoorden en codes moet u opnieuw typen).',
  'policy.submitOnly': '(wordt gecontroleerd bij verzenden)',
  'error.password.policyMarked':
    'Kies een wachtwoord dat voldoet aan de {count} eisen die met ✗ zijn gemarkeerd.',
  'error.password.policyMarked|one':
    'Kies een wachtwoord dat voldoet aan de eis die met ✗ is gemarkeerd.',
  'strength.label': 'Sterkte:',
  'strength.score0':
    'heel makkelijk te raden. Probeer een wachtzin: drie of vier woorden die niets met elkaar te maken hebben.',
  'strength.score1':
    'makkelijk te raden. Een langer wachtwoord, of een paar losse woorden, is veel sterker.',
  'strength.score2': 'vrij moeilijk te raden. Met nog één woord wordt het veel moeilijker.',
  'strength.score3': 'moeilijk te raden.',
  'strength.score4': 'heel moeilijk te raden.',
  'recover.sentTo':
    'Als er een account overeenkomt met {identifier}, hebben we een herstelcode gestuurd naar het e‑mailadres van dat account.',
  'recover.resendWait': 'U kunt over {count} seconden een nieuwe code aanvragen.',
  'recover.resendWait|one': 'U kunt over {count} seconde een nieuwe code aanvragen.',
  'flash.resendCooldown|one': 'Wacht {count} seconde voordat u een nieuwe code aanvraagt.',
  'error.username.required': 'Voer een gebruikersnaam in',
  'error.email.required': 'Voer uw e‑mailadres in',
  'error.password.required': 'Voer een wachtwoord in',
  'error.newPassword.required': 'Voer een nieuw wachtwoord in',
  'error.confirmPassword.required': 'Voer het wachtwoord nogmaals in',
  'error.confirmNewPassword.required': 'Voer het nieuwe wachtwoord nogmaals in',
  'error.currentPassword.required': 'Voer uw huidige wachtwoord in',
  'error.recoveryCode.required': 'Voer de code uit de e‑mail in',
  'error.identifier.required': 'Voer uw gebruikersnaam of e‑mailadres in',
  'error.signonPassword.required': 'Voer uw wachtwoord in',
  'error.givenName.required': 'Voer uw voornaam in',
  'error.familyName.required': 'Voer uw achternaam in',
  'error.verificationCode.required': 'Voer de code uit de e‑mail in',
  'error.preferredLanguage.invalid': 'Kies een taal uit de lijst',
  'error.titlePrefix': 'Fout: ',
  'error.action.recover': 'Wachtwoord herstellen',
  'policy.headingRegister': 'Uw wachtwoord moet:',
  'policy.rule.upper|one': 'minstens {count} hoofdletter bevatten (A–Z)',
  'policy.rule.lower|one': 'minstens {count} kleine letter bevatten (a–z)',
  'policy.rule.digit|one': 'minstens {count} cijfer bevatten (0–9)',
  'errorPage.rateLimited.text|one': 'Wacht {count} minuut voordat u het opnieuw probeert.',
  'password.showShort': 'Tonen',
  'password.hideShort': 'Verbergen',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'Bevestig uw e‑mailadres',
  'signon.verify.intro':
    'Het e‑mailadres van uw account moet nog worden bevestigd. Voer de code in die we u hebben gestuurd om het inloggen te voltooien.',
  'signon.verify.submit': 'Bevestigen en inloggen',
  'signon.verify.restart': 'Inloggen met een ander account',
  'accountEmail.title': 'Bevestig uw e‑mailadres',
  'accountEmail.intro':
    'We hebben een code gestuurd naar het adres hieronder. Voer die in om het adres te bevestigen. Tot die tijd blijft het gemarkeerd als niet bevestigd.',
  'accountEmail.submit': 'Adres bevestigen',
  'accountEmail.back': 'Terug naar uw account',
  'accountEmail.unverified': 'Dit adres is nog niet bevestigd.',
  'accountEmail.confirmLink': 'Nu bevestigen',
  'flash.emailChangePending':
    'Uw gegevens zijn opgeslagen. Voer de code in die we naar uw nieuwe adres hebben gestuurd om het te bevestigen.',
  'flash.emailVerified': 'Uw e‑mailadres is bevestigd.',
  'continue.app': 'Verder naar de applicatie',
};
