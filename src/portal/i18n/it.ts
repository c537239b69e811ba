/**
 * Italian catalogue (it). Glossary (the terms every page and e-mail uses):
 * account = account (l’account); password = password (la password); code = codice;
 * sign in = accedi (l’accesso); sign out = esci (la disconnessione);
 * e-mail address = indirizzo email (an e-mail = un’email); username = nome utente;
 * verification code = codice di verifica; recovery code = codice di recupero
 * (reset the password = reimpostare la password). Register: “tu”, as in the PingOne Local e-mails.
 * Plural forms: one, other (CLDR also has “many”, for exact millions only; no count here reaches
 * it, so the base key serves).
 */
// Declared as Record<string, string> (not Record<MessageKey, string>) so that plural variants
// English lacks could be added; every key of en.ts is present, in the same order.
export const it: Record<string, string> = {
  'layout.skip': 'Vai al contenuto principale',
  'layout.language': 'Lingua',
  'layout.languageSubmit': 'Cambia',
  'layout.home': 'Pagina iniziale',
  'layout.footer':
    'La tua password è conservata solo dal nostro provider di identità, mai da questo sito.',

  'home.title': 'Gestisci il tuo account',
  'home.intro': 'Cosa vuoi fare?',
  'home.register.title': 'Crea un account',
  'home.register.text': 'Prima volta qui? Registrati con il tuo indirizzo email e una password.',
  'home.change.title': 'Cambia la password',
  'home.change.text': 'Conosci la tua password attuale e ne vuoi una nuova.',
  'home.forgot.title': 'Password dimenticata?',
  'home.forgot.text': 'Ricevi un codice di recupero via email e scegli una nuova password.',

  'field.username': 'Nome utente',
  'field.usernameOrEmail': 'Nome utente o indirizzo email',
  'field.email': 'Indirizzo email',
  'field.password': 'Password',
  'field.newPassword': 'Nuova password',
  'field.confirmPassword': 'Conferma password',
  'field.confirmNewPassword': 'Conferma nuova password',
  'field.currentPassword': 'Password attuale',
  'field.population': 'Tipo di account',
  'field.recoveryCode': 'Codice di recupero',
  'field.optionalChoose': 'Scegli…',

  'hint.username': 'Fino a 128 caratteri. Ti servirà per accedere.',
  'hint.email': 'Inviamo i codici di recupero della password a questo indirizzo.',
  'hint.recoveryCode':
    'Le 8 lettere e cifre dell’email. Un codice è valido per 5 minuti: se il tuo è scaduto, richiedine uno nuovo.',

  'password.show': 'Mostra password',
  'password.hide': 'Nascondi password',

  'policy.heading': 'La nuova password deve:',
  'policy.met': 'soddisfatto',
  'policy.unmet': 'non ancora soddisfatto',
  'policy.rule.lengthMin': 'essere lunga almeno {min} caratteri',
  'policy.rule.lengthMax': 'essere lunga al massimo {max} caratteri',
  'policy.rule.lengthRange': 'essere lunga almeno {min} caratteri (al massimo {max})',
  'policy.rule.upper': 'contenere almeno {count} lettere maiuscole (A–Z)',
  'policy.rule.lower': 'contenere almeno {count} lettere minuscole (a–z)',
  'policy.rule.digit': 'contenere almeno {count} cifre (0–9)',
  'policy.rule.special': 'contenere almeno {count} di questi simboli: {set}',
  'policy.rule.maxRepeatedCharacters':
    'non ripetere lo stesso carattere più di {max} volte di seguito',
  'policy.rule.minUniqueCharacters': 'usare almeno {min} caratteri diversi',
  'policy.rule.excludesCommonlyUsed': 'non essere una password di uso comune',
  'policy.rule.excludesProfileData': 'non contenere il tuo nome utente o indirizzo email',
  'policy.rule.notSimilarToCurrent': 'essere chiaramente diversa dalla password attuale',
  'policy.rule.history': 'non essere la password attuale né una usata di recente',
  'policy.rule.minComplexity': 'essere difficile da indovinare (le passphrase più lunghe aiutano)',
  'policy.rule.numberSequence': 'non contenere più di {max} cifre in sequenza (come 123)',
  'policy.rule.alphabetSequence': 'non contenere più di {max} lettere in sequenza (come abc)',
  'policy.rule.qwertySequence': 'non contenere più di {max} tasti adiacenti (come qwe)',
  'policy.rule.shiftedNumberRowSequence': 'non contenere più di {max} simboli adiacenti (come !@#)',
  'policy.rule.other': 'rispettare i criteri per le password',

  'error.summaryTitle': 'C’è un problema',
  'error.tooLong': 'Usa al massimo {max} caratteri.',
  'error.username.invalid': 'Usa da 1 a 128 caratteri, senza a capo né caratteri di controllo.',
  'error.username.taken':
    'Questo nome utente è già in uso. Scegline un altro oppure recupera la password, se questo è il tuo account.',
  'error.email.invalid': 'Inserisci un indirizzo email come nome@esempio.it.',
  'error.email.taken':
    'Questo indirizzo email è già registrato. Recupera la password, se questo è il tuo account.',
  'error.identifier.invalid': 'Inserisci il tuo nome utente o indirizzo email.',
  'error.password.mismatch': 'Le due password non coincidono.',
  'error.password.policy': 'La password non soddisfa i requisiti: {rules}.',
  'error.password.sameAsCurrent': 'La nuova password deve essere diversa da quella attuale.',
  'error.password.tooSimilar': 'La nuova password è troppo simile a quella attuale.',
  'error.password.tooYoung':
    'La password è stata cambiata troppo di recente per poterla cambiare di nuovo. Riprova più tardi.',
  'error.credentials':
    'Il nome utente o la password non sono corretti, oppure per questo account non è possibile cambiare la password qui (potrebbe essere bloccato o non avere ancora una password). Controlla quello che hai digitato oppure recupera la password.',
  'error.recoveryCode.format': 'Il codice è composto da 8 lettere e cifre.',
  'error.recoveryCode.invalid':
    'Il codice non è valido o è scaduto. Controlla l’email oppure richiedi un nuovo codice.',
  'error.recoveryCode.exhausted':
    'Questo codice non funziona più dopo troppi tentativi. Per la tua sicurezza, attendi un po’ (di solito 15 minuti), poi richiedi un nuovo codice.',
  'error.population.invalid': 'Scegli una delle opzioni.',
  'error.population.domain': 'La registrazione non è aperta per questo dominio email.',
  'error.registration.refused': 'Non è stato possibile creare l’account con questi dati.',

  'flash.recoveryResent':
    'Se esiste un account corrispondente, è in arrivo un nuovo codice di recupero. Funziona solo il codice più recente.',
  'flash.resendCooldown': 'Attendi {count} secondi prima di richiedere un altro codice.',
  'flash.recoveryStart': 'Per iniziare, indica il tuo nome utente o indirizzo email.',
  'flash.sessionExpired': 'La sessione è scaduta per inattività. Ricomincia da capo.',

  'register.title': 'Crea un account',
  'register.intro': 'Tutti i campi sono obbligatori.',
  'register.submit': 'Crea account',

  'forgot.title': 'Password dimenticata?',
  'forgot.intro':
    'Inserisci il tuo nome utente o indirizzo email. Se troviamo il tuo account, ti invieremo via email un codice di recupero.',
  'forgot.submit': 'Invia codice di recupero',

  'recover.title': 'Inserisci il codice che ti abbiamo inviato via email',
  'recover.intro': 'Inserisci il codice, poi scegli una nuova password.',
  'recover.submit': 'Reimposta password',
  'recover.resendTitle': 'Non hai ricevuto l’email?',
  'recover.resendText':
    'Controlla la cartella spam. Un nuovo codice sostituisce quello precedente.',
  'recover.resend': 'Invia un nuovo codice',
  'recover.restart': 'Usa un altro nome utente o indirizzo email',

  'change.title': 'Cambia la password',
  'change.intro': 'Inserisci la password attuale, poi scegline una nuova.',
  'change.submit': 'Cambia password',

  'errorPage.reference': 'Riferimento: {id}',
  'errorPage.home': 'Torna alla pagina iniziale',
  'errorPage.retry': 'Riprova',
  'errorPage.csrf.title': 'Questo modulo è scaduto',
  'errorPage.csrf.text':
    'Per la tua sicurezza, torna indietro, ricarica la pagina e invia di nuovo il modulo.',
  'errorPage.rateLimited.title': 'Troppi tentativi',
  'errorPage.rateLimited.text': 'Attendi {count} minuti prima di riprovare.',
  'errorPage.unavailable.title': 'Servizio temporaneamente non disponibile',
  'errorPage.unavailable.text':
    'Non è stato possibile raggiungere il servizio account. Non è stato modificato nulla. Riprova tra qualche minuto.',
  'errorPage.storeUnavailable.title': 'Temporaneamente non disponibile',
  'errorPage.storeUnavailable.text':
    'Questo servizio è temporaneamente non disponibile. Non è stato modificato nulla. Riprova tra un minuto.',
  'errorPage.badRequest.title': 'Non è stato possibile leggere la richiesta',
  'errorPage.badRequest.text': 'Torna indietro e usa il modulo nella pagina.',
  'errorPage.tooLarge.title': 'Troppi dati',
  'errorPage.tooLarge.text':
    'Il modulo conteneva più dati di quanti ne accettiamo. Accorcia i valori inseriti.',
  'errorPage.notFound.title': 'Pagina non trovata',
  'errorPage.notFound.text': 'La pagina richiesta non esiste.',
  'errorPage.methodNotAllowed.title': 'Operazione non consentita',
  'errorPage.methodNotAllowed.text': 'Questa pagina non può essere usata in questo modo.',
  'errorPage.internal.title': 'Qualcosa è andato storto',
  'errorPage.internal.text':
    'Si è verificato un errore imprevisto. Non è stato modificato nulla. Riprova.',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': 'Codice di verifica',
  'hint.verificationCode':
    'Le 8 lettere e cifre dell’email. Puoi incollarlo; spazi e maiuscole/minuscole non contano.',
  'verify.title': 'Controlla la tua email',
  'verify.intro':
    'Abbiamo inviato un codice di verifica a {email}. Inseriscilo qui sotto per attivare il tuo account.',
  'verify.introEmailFirst':
    'Abbiamo inviato un codice a {email}. Inseriscilo e scegli la tua password.',
  'verify.submit': 'Verifica il mio indirizzo email',
  'verify.submitEmailFirst': 'Continua',
  'verify.resendTitle': 'Non hai ricevuto l’email?',
  'verify.resendText':
    'Può richiedere qualche minuto. Controlla la cartella spam. Se richiedi un nuovo codice, funziona solo il più recente.',
  'verify.resend': 'Invia un nuovo codice',
  'verify.restart': 'Usa un altro indirizzo email',
  'registerEmail.intro':
    'Inserisci il tuo indirizzo email. Ti invieremo un codice per confermarlo.',
  'registerEmail.submit': 'Inviami un codice',
  'error.verificationCode.format': 'Il codice è composto da 8 lettere e cifre.',
  'error.verificationCode.invalid':
    'Questo codice non è corretto, è scaduto o è stato sostituito da uno più recente. Controlla l’email più recente e riprova.',
  'error.verificationCode.exhausted':
    'Troppi codici errati. Richiedi un nuovo codice qui sotto, poi inserisci il più recente.',
  'flash.verifyResent': 'È in arrivo un nuovo codice. Funziona solo il codice più recente.',
  'flash.verifyResendCapped':
    'Oggi non possiamo inviare altri codici a questo indirizzo. Usa il codice più recente che hai ricevuto oppure riprova domani.',
  'flash.verifyStart': 'Ricomincia la registrazione.',
  'flash.accountVerified': 'Il tuo indirizzo email è confermato. Il tuo account è pronto.',
  'done.title': 'Il tuo account è pronto',
  'done.text':
    'Ora accedi all’applicazione per cui hai effettuato la registrazione, con il tuo nome utente o indirizzo email e la tua password.',
  'username.title': 'Scegli il tuo nome utente',
  'username.intro':
    'Il tuo indirizzo email è confermato. Ora scegli il nome utente con cui accederai.',
  'username.submit': 'Salva nome utente',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'Impossibile completare l’accesso',
  'signin.failed.text':
    'La risposta di accesso non era valida o era già stata usata. Non hai effettuato l’accesso. Ricomincia dalla pagina di accesso.',
  'signin.expired.title': 'La tua sessione è terminata',
  'signin.expired.text': 'Per la tua sicurezza, la sessione è stata chiusa. Accedi di nuovo.',
  'signout.button': 'Esci',
  'signedOut.title': 'Disconnessione effettuata',
  'signedOut.text': 'La tua sessione su questo dispositivo è terminata.',
  'signedOut.again': 'Accedi di nuovo',
  'signon.title': 'Accedi',
  'signon.intro': 'Accedi con il tuo nome utente o indirizzo email e la tua password.',
  'signon.submit': 'Accedi',
  'signon.forgotLink': 'Password dimenticata?',
  'signon.changeLink': 'Cambia una password senza accedere',
  'signon.registerLink': 'Crea un account',
  'error.signon.credentials': 'Il nome utente o la password non sono corretti.',
  'error.signon.locked': 'Troppi tentativi non riusciti. Puoi riprovare tra {count} minuti.',
  'error.signon.locked|one': 'Troppi tentativi non riusciti. Puoi riprovare tra {count} minuto.',
  'error.signon.code': 'Il codice non è corretto o è scaduto.',
  'signon.newPassword.title': 'Scegli una nuova password',
  'signon.newPassword.mustChange':
    'La tua password è stata reimpostata. Scegline una nuova per continuare.',
  'signon.newPassword.expired': 'La tua password è scaduta. Scegline una nuova per continuare.',
  'signon.newPassword.submit': 'Salva e continua',
  'signon.forgot.title': 'Reimposta la password',
  'signon.forgot.intro':
    'Inserisci il tuo nome utente o indirizzo email. Se esiste un account corrispondente, gli invieremo un codice via email.',
  'signon.forgot.submit': 'Invia un codice',
  'signon.recover.title': 'Inserisci il codice',
  'signon.recover.intro':
    'Se esiste un account corrispondente, abbiamo inviato un codice al suo indirizzo email. Inseriscilo insieme a una nuova password.',
  'signon.recover.submit': 'Reimposta la password e accedi',
  'signon.back': 'Torna all’accesso',
  'flash.signonRestart':
    'L’accesso ha richiesto troppo tempo o era già stato completato. Accedi di nuovo.',
  'signon.unsupported':
    'Questo passaggio dell’accesso non può essere completato in questa pagina. Contatta l’assistenza.',
  'account.title': 'Il tuo account',
  'account.intro': 'Controlla e aggiorna i tuoi dati.',
  'account.submit': 'Salva modifiche',
  'account.username': 'Nome utente',
  'account.usernameHint': 'Il nome utente non può essere modificato.',
  'field.givenName': 'Nome',
  'field.familyName': 'Cognome',
  'field.preferredLanguage': 'Lingua preferita',
  'field.noPreference': 'Nessuna preferenza',
  'account.reauth':
    'Per la tua sicurezza, accedi di nuovo prima di cambiare il tuo indirizzo email.',
  'flash.accountSaved': 'I tuoi dati sono stati salvati.',
  'account.nav.label': 'Account',
  'account.nav.profile': 'Dati personali',
  'account.nav.password': 'Password',
  'account.nav.sessions': 'Sessioni',
  'accountPassword.title': 'Cambia la password',
  'accountPassword.intro': 'Inserisci la password attuale, poi scegline una nuova.',
  'accountPassword.submit': 'Cambia password',
  'error.currentPassword': 'La password attuale non è corretta.',
  'flash.accountPasswordChanged': 'La tua password è stata cambiata.',
  'sessions.title': 'Le tue sessioni',
  'sessions.intro': 'Ecco dove hai effettuato l’accesso.',
  'sessions.current': 'Questa sessione',
  'sessions.browser': 'Browser',
  'sessions.lastSignOn': 'Ultimo accesso',
  'sessions.place': 'Luogo',
  'sessions.unknown': 'Sconosciuto',
  'sessions.signOutOthers': 'Esci da tutte le altre sessioni',
  'flash.sessionsEnded': 'Sono state chiuse {count} altre sessioni.',
  'flash.sessionsEnded|one': 'È stata chiusa {count} altra sessione.',
  'home.signedIn.title': 'Ti diamo il benvenuto, {name}',
  'home.account.title': 'Il tuo account',
  'home.account.text': 'Visualizza e modifica i tuoi dati.',
  'home.accountPassword.text': 'Cambia la tua password.',
  'home.sessions.text': 'Scopri dove hai effettuato l’accesso.',
  'home.signin.title': 'Accedi',
  'home.signin.text': 'Accedi per visualizzare e modificare il tuo account.',
  'done.registered.title': 'Il tuo account è stato creato',
  'done.registered.text': 'Ora puoi accedere con il tuo nome utente e la tua password.',
  'done.recovered.title': 'La tua password è stata reimpostata',
  'done.recovered.text': 'Accedi con la nuova password. Il codice di recupero non funziona più.',
  'done.changed.title': 'La tua password è stata cambiata',
  'done.changed.text': 'Usa la nuova password al prossimo accesso.',
  'done.signIn': 'Accedi',
  'done.home': 'Vai alla pagina iniziale',
  'nav.back': 'Indietro',
  'change.forgot': 'Hai dimenticato la password attuale?',
  'flash.sessionExpiredForm':
    'La sessione è scaduta, quindi non è stato inviato nulla. Controlla il modulo e invialo di nuovo (password e codici vanno digitati di nuovo).',
  'policy.submitOnly': '(verificato all’invio)',
  'error.password.policyMarked':
    'Scegli una password che soddisfi i {count} requisiti contrassegnati con ✗.',
  'error.password.policyMarked|one':
    'Scegli una password che soddisfi il requisito contrassegnato con ✗.',
  'strength.label': 'Sicurezza:',
  'strength.score0':
    'molto facile da indovinare. Prova una passphrase: tre o quattro parole senza legami tra loro.',
  'strength.score1':
    'facile da indovinare. Una password più lunga, o qualche parola senza legami tra loro, è molto più sicura.',
  'strength.score2':
    'abbastanza difficile da indovinare. Una parola in più la rende molto più difficile.',
  'strength.score3': 'difficile da indovinare.',
  'strength.score4': 'molto difficile da indovinare.',
  'recover.sentTo':
    'Se esiste un account corrispondente a {identifier}, abbiamo inviato un codice di recupero all’indirizzo email di quell’account.',
  'recover.resendWait': 'Puoi richiedere un nuovo codice tra {count} secondi.',
  'recover.resendWait|one': 'Puoi richiedere un nuovo codice tra {count} secondo.',
  'flash.resendCooldown|one': 'Attendi {count} secondo prima di richiedere un altro codice.',
  'error.username.required': 'Inserisci un nome utente',
  'error.email.required': 'Inserisci il tuo indirizzo email',
  'error.password.required': 'Inserisci una password',
  'error.newPassword.required': 'Inserisci una nuova password',
  'error.confirmPassword.required': 'Inserisci di nuovo la password',
  'error.confirmNewPassword.required': 'Inserisci di nuovo la nuova password',
  'error.currentPassword.required': 'Inserisci la password attuale',
  'error.recoveryCode.required': 'Inserisci il codice ricevuto via email',
  'error.identifier.required': 'Inserisci il tuo nome utente o indirizzo email',
  'error.signonPassword.required': 'Inserisci la tua password',
  'error.givenName.required': 'Inserisci il tuo nome',
  'error.familyName.required': 'Inserisci il tuo cognome',
  'error.verificationCode.required': 'Inserisci il codice ricevuto via email',
  'error.preferredLanguage.invalid': 'Scegli una lingua dall’elenco',
  'error.titlePrefix': 'Errore: ',
  'error.action.recover': 'Recupera la password',
  'policy.headingRegister': 'La password deve:',
  'policy.rule.upper|one': 'contenere almeno {count} lettera maiuscola (A–Z)',
  'policy.rule.lower|one': 'contenere almeno {count} lettera minuscola (a–z)',
  'policy.rule.digit|one': 'contenere almeno {count} cifra (0–9)',
  'errorPage.rateLimited.text|one': 'Attendi {count} minuto prima di riprovare.',
  'password.showShort': 'Mostra',
  'password.hideShort': 'Nascondi',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'Conferma il tuo indirizzo email',
  'signon.verify.intro':
    'Il tuo account è in attesa della conferma dell’indirizzo email. Inserisci il codice che ti abbiamo inviato per completare l’accesso.',
  'signon.verify.submit': 'Conferma e accedi',
  'signon.verify.restart': 'Accedi con un altro account',
  'accountEmail.title': 'Conferma il tuo indirizzo email',
  'accountEmail.intro':
    'Abbiamo inviato un codice all’indirizzo qui sotto. Inseriscilo per confermare l’indirizzo. Finché non lo fai, resta contrassegnato come non confermato.',
  'accountEmail.submit': 'Conferma l’indirizzo',
  'accountEmail.back': 'Torna al tuo account',
  'accountEmail.unverified': 'Questo indirizzo non è ancora confermato.',
  'accountEmail.confirmLink': 'Confermalo',
  'flash.emailChangePending':
    'I tuoi dati sono stati salvati. Inserisci il codice che abbiamo inviato al tuo nuovo indirizzo per confermarlo.',
  'flash.emailVerified': 'Il tuo indirizzo email è confermato.',
  'continue.app': 'Vai all’applicazione',
};
