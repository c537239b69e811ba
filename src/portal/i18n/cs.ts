/**
 * Czech catalogue (cs). Glossary (the terms every page and e-mail uses):
 * account = účet; password = heslo; code = kód; sign in = přihlásit se; sign out = odhlásit se;
 * e-mail address = e-mailová adresa; username = uživatelské jméno; verification code = ověřovací kód;
 * recovery code = kód pro obnovení (hesla); reset a password = obnovit heslo; verify/confirm an
 * e-mail address = ověřit e-mailovou adresu (as the e-mails say); session = relace.
 * Formal register (vykání). Plural forms: one (1), few (2–4), many (decimals), other (0, 5+).
 */
import type { MessageKey } from './en.js';

/** Every English key, plus the plural variants Czech uses (a base key is the `other` form). */
type Catalogue = Record<MessageKey, string> &
  Partial<Record<`${MessageKey}|${'one' | 'few' | 'many'}`, string>>;

export const cs: Record<string, string> = {
  'layout.skip': 'Přejít na hlavní obsah',
  'layout.language': 'Jazyk',
  'layout.languageSubmit': 'Změnit',
  'layout.home': 'Úvod',
  'layout.footer': 'Vaše heslo uchovává pouze náš poskytovatel identit, nikdy tento web.',

  'home.title': 'Správa účtu',
  'home.intro': 'Co chcete udělat?',
  'home.register.title': 'Vytvořit účet',
  'home.register.text': 'Jste tu poprvé? Zaregistrujte se pomocí e‑mailové adresy a hesla.',
  'home.change.title': 'Změnit heslo',
  'home.change.text': 'Znáte své současné heslo a chcete nové.',
  'home.forgot.title': 'Zapomněli jste heslo?',
  'home.forgot.text': 'Nechte si e‑mailem poslat kód pro obnovení a zvolte nové heslo.',

  'field.username': 'Uživatelské jméno',
  'field.usernameOrEmail': 'Uživatelské jméno nebo e‑mailová adresa',
  'field.email': 'E‑mailová adresa',
  'field.password': 'Heslo',
  'field.newPassword': 'Nové heslo',
  'field.confirmPassword': 'Potvrzení hesla',
  'field.confirmNewPassword': 'Potvrzení nového hesla',
  'field.currentPassword': 'Současné heslo',
  'field.population': 'Typ účtu',
  'field.recoveryCode': 'Kód pro obnovení',
  'field.optionalChoose': 'Vyberte…',

  'hint.username': 'Nejvýše 128 znaků. Budete se jím přihlašovat.',
  'hint.email': 'Na tuto adresu posíláme kódy pro obnovení hesla.',
  'hint.recoveryCode':
    '8 písmen a číslic z e‑mailu. Kód platí 5 minut: pokud už jeho platnost vypršela, nechte si poslat nový.',

  'password.show': 'Zobrazit heslo',
  'password.hide': 'Skrýt heslo',

  'policy.heading': 'Vaše nové heslo musí:',
  'policy.met': 'splněno',
  'policy.unmet': 'zatím nesplněno',
  'policy.rule.lengthMin': 'mít alespoň {min} znaků',
  'policy.rule.lengthMax': 'mít nejvýše {max} znaků',
  'policy.rule.lengthRange': 'mít alespoň {min} znaků (nejvýše {max})',
  'policy.rule.upper': 'obsahovat alespoň {count} velkých písmen (A–Z)',
  'policy.rule.lower': 'obsahovat alespoň {count} malých písmen (a–z)',
  'policy.rule.digit': 'obsahovat alespoň {count} číslic (0–9)',
  'policy.rule.special': 'obsahovat alespoň {count} z těchto symbolů: {set}',
  'policy.rule.maxRepeatedCharacters': 'neopakovat žádný znak více než {max}krát za sebou',
  'policy.rule.minUniqueCharacters': 'obsahovat alespoň {min} různých znaků',
  'policy.rule.excludesCommonlyUsed': 'lišit se od běžně používaných hesel',
  'policy.rule.excludesProfileData': 'neobsahovat vaše uživatelské jméno ani e‑mailovou adresu',
  'policy.rule.notSimilarToCurrent': 'výrazně se lišit od vašeho současného hesla',
  'policy.rule.history': 'lišit se od vašeho současného i nedávno použitých hesel',
  'policy.rule.minComplexity': 'být těžko uhodnutelné (pomůže delší heslová fráze)',
  'policy.rule.numberSequence':
    'neobsahovat řadu po sobě jdoucích číslic delší než {max} (např. 123)',
  'policy.rule.alphabetSequence':
    'neobsahovat řadu po sobě jdoucích písmen delší než {max} (např. abc)',
  'policy.rule.qwertySequence': 'neobsahovat řadu sousedních kláves delší než {max} (např. qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'neobsahovat řadu sousedních symbolů delší než {max} (např. !@#)',
  'policy.rule.other': 'splňovat zásady pro hesla',

  'error.summaryTitle': 'Vyskytl se problém',
  'error.tooLong': 'Použijte nejvýše {max} znaků.',
  'error.username.invalid': 'Použijte 1 až 128 znaků bez zalomení řádků a řídicích znaků.',
  'error.username.taken':
    'Toto uživatelské jméno už je obsazené. Zvolte jiné, nebo si obnovte heslo, pokud jde o váš účet.',
  'error.email.invalid': 'Zadejte e‑mailovou adresu ve tvaru jmeno@example.com.',
  'error.email.taken':
    'Tato e‑mailová adresa už je zaregistrovaná. Pokud jde o váš účet, obnovte si heslo.',
  'error.identifier.invalid': 'Zadejte své uživatelské jméno nebo e‑mailovou adresu.',
  'error.password.mismatch': 'Zadaná hesla se neshodují.',
  'error.password.policy': 'Heslo nesplňuje požadavky: {rules}.',
  'error.password.sameAsCurrent': 'Nové heslo se musí lišit od současného hesla.',
  'error.password.tooSimilar': 'Nové heslo je příliš podobné současnému heslu.',
  'error.password.tooYoung':
    'Heslo bylo změněno příliš nedávno na to, aby šlo změnit znovu. Zkuste to prosím později.',
  'error.credentials':
    'Uživatelské jméno nebo heslo není správné, nebo u tohoto účtu nelze heslo změnit zde (účet může být zablokovaný nebo ještě nemá heslo). Zkontrolujte, co jste zadali, nebo si obnovte heslo.',
  'error.recoveryCode.format': 'Kód má 8 písmen a číslic.',
  'error.recoveryCode.invalid':
    'Tento kód není platný nebo vypršela jeho platnost. Zkontrolujte e‑mail, nebo si nechte poslat nový kód.',
  'error.recoveryCode.exhausted':
    'Po příliš mnoha pokusech už tento kód nefunguje. Z bezpečnostních důvodů chvíli počkejte (obvykle 15 minut) a pak si nechte poslat nový kód.',
  'error.population.invalid': 'Vyberte jednu z možností.',
  'error.population.domain': 'Registrace pro tuto e‑mailovou doménu není otevřená.',
  'error.registration.refused': 'S těmito údaji se nám účet nepodařilo vytvořit.',

  'flash.recoveryResent':
    'Pokud existuje odpovídající účet, nový kód pro obnovení je na cestě. Platí jen nejnovější kód.',
  'flash.resendCooldown': 'Než požádáte o další kód, počkejte prosím {count} sekund.',
  'flash.recoveryStart': 'Začněte zadáním svého uživatelského jména nebo e‑mailové adresy.',
  'flash.sessionExpired': 'Vaše relace po určité době nečinnosti vypršela. Začněte prosím znovu.',

  'register.title': 'Vytvořit účet',
  'register.intro': 'Všechna pole jsou povinná.',
  'register.submit': 'Vytvořit účet',

  'forgot.title': 'Zapomněli jste heslo?',
  'forgot.intro':
    'Zadejte své uživatelské jméno nebo e‑mailovou adresu. Pokud váš účet najdeme, pošleme vám e‑mailem kód pro obnovení.',
  'forgot.submit': 'Poslat kód pro obnovení',

  'recover.title': 'Zadejte kód, který jsme vám poslali e‑mailem',
  'recover.intro': 'Zadejte kód a zvolte nové heslo.',
  'recover.submit': 'Obnovit heslo',
  'recover.resendTitle': 'Nepřišel vám e‑mail?',
  'recover.resendText': 'Podívejte se do složky se spamem. Nový kód nahradí ten předchozí.',
  'recover.resend': 'Poslat nový kód',
  'recover.restart': 'Použít jiné uživatelské jméno nebo e‑mail',

  'change.title': 'Změna hesla',
  'change.intro': 'Zadejte současné heslo a pak zvolte nové.',
  'change.submit': 'Změnit heslo',

  'errorPage.reference': 'Identifikátor požadavku: {id}',
  'errorPage.home': 'Zpět na úvodní stránku',
  'errorPage.retry': 'Zkusit znovu',
  'errorPage.csrf.title': 'Platnost formuláře vypršela',
  'errorPage.csrf.text':
    'Z bezpečnostních důvodů se prosím vraťte zpět, načtěte stránku znovu a formulář odešlete ještě jednou.',
  'errorPage.rateLimited.title': 'Příliš mnoho pokusů',
  'errorPage.rateLimited.text': 'Než to zkusíte znovu, počkejte prosím {count} minut.',
  'errorPage.unavailable.title': 'Služba je dočasně nedostupná',
  'errorPage.unavailable.text':
    'Nepodařilo se nám spojit se službou účtů. Nic se nezměnilo. Zkuste to prosím znovu za několik minut.',
  'errorPage.storeUnavailable.title': 'Dočasně nedostupné',
  'errorPage.storeUnavailable.text':
    'Tato služba je dočasně nedostupná. Nic se nezměnilo. Zkuste to prosím znovu za minutu.',
  'errorPage.badRequest.title': 'Tento požadavek se nám nepodařilo přečíst',
  'errorPage.badRequest.text': 'Vraťte se prosím zpět a použijte formulář na stránce.',
  'errorPage.tooLarge.title': 'Příliš mnoho dat',
  'errorPage.tooLarge.text':
    'Formulář obsahoval více dat, než přijímáme. Zkraťte prosím zadané údaje.',
  'errorPage.notFound.title': 'Stránka nenalezena',
  'errorPage.notFound.text': 'Požadovaná stránka neexistuje.',
  'errorPage.methodNotAllowed.title': 'Nepovolená akce',
  'errorPage.methodNotAllowed.text': 'Tuto stránku nelze použít tímto způsobem.',
  'errorPage.internal.title': 'Něco se pokazilo',
  'errorPage.internal.text': 'Došlo k neočekávané chybě. Nic se nezměnilo. Zkuste to prosím znovu.',
  // Ověření e-mailové adresy a registrace začínající e-mailem.
  'field.verificationCode': 'Ověřovací kód',
  'hint.verificationCode':
    '8 písmen a číslic z e‑mailu. Kód můžete vložit; na mezerách a velikosti písmen nezáleží.',
  'verify.title': 'Zkontrolujte svůj e‑mail',
  'verify.intro':
    'Na adresu {email} jsme poslali ověřovací kód. Zadejte ho níže a aktivujte tak svůj účet.',
  'verify.introEmailFirst': 'Na adresu {email} jsme poslali kód. Zadejte ho a zvolte si heslo.',
  'verify.submit': 'Ověřit e‑mailovou adresu',
  'verify.submitEmailFirst': 'Pokračovat',
  'verify.resendTitle': 'Nepřišel vám e‑mail?',
  'verify.resendText':
    'Může to trvat několik minut. Podívejte se do složky se spamem. Pokud si vyžádáte nový kód, bude platit jen ten nejnovější.',
  'verify.resend': 'Poslat nový kód',
  'verify.restart': 'Použít jinou e‑mailovou adresu',
  'registerEmail.intro': 'Zadejte svou e‑mailovou adresu. Pošleme vám kód, kterým ji ověříte.',
  'registerEmail.submit': 'Poslat kód',
  'error.verificationCode.format': 'Kód má 8 písmen a číslic.',
  'error.verificationCode.invalid':
    'Tento kód není správný, vypršela jeho platnost nebo byl nahrazen novějším. Zkontrolujte nejnovější e‑mail a zkuste to znovu.',
  'error.verificationCode.exhausted':
    'Příliš mnoho chybných kódů. Níže si vyžádejte nový kód a zadejte ten nejnovější.',
  'flash.verifyResent': 'Nový kód je na cestě. Platí jen nejnovější kód.',
  'flash.verifyResendCapped':
    'Na tuto adresu dnes už další kódy poslat nemůžeme. Použijte nejnovější kód, který jste dostali, nebo to zkuste znovu zítra.',
  'flash.verifyStart': 'Začněte prosím registraci znovu.',
  'flash.accountVerified': 'Vaše e‑mailová adresa je ověřena. Váš účet je připraven.',
  'done.title': 'Váš účet je připraven',
  'done.text':
    'Nyní se přihlaste do aplikace, pro kterou jste se registrovali, pomocí uživatelského jména nebo e‑mailové adresy a hesla.',
  'username.title': 'Zvolte si uživatelské jméno',
  'username.intro':
    'Vaše e‑mailová adresa je ověřena. Nyní si zvolte uživatelské jméno, kterým se budete přihlašovat.',
  'username.submit': 'Uložit uživatelské jméno',
  // Přihlášení, přihlašovací stránka a správa účtu.
  'signin.failed.title': 'Přihlášení se nepodařilo dokončit',
  'signin.failed.text':
    'Odpověď na přihlášení nebyla platná nebo už byla použita. Nejste přihlášeni. Začněte prosím znovu na přihlašovací stránce.',
  'signin.expired.title': 'Vaše relace skončila',
  'signin.expired.text': 'Z bezpečnostních důvodů jste byli odhlášeni. Přihlaste se prosím znovu.',
  'signout.button': 'Odhlásit se',
  'signedOut.title': 'Jste odhlášeni',
  'signedOut.text': 'Vaše relace na tomto zařízení skončila.',
  'signedOut.again': 'Znovu se přihlásit',
  'signon.title': 'Přihlášení',
  'signon.intro': 'Přihlaste se uživatelským jménem nebo e‑mailovou adresou a heslem.',
  'signon.submit': 'Přihlásit se',
  'signon.forgotLink': 'Zapomněli jste heslo?',
  'signon.changeLink': 'Změnit heslo bez přihlášení',
  'signon.registerLink': 'Vytvořit účet',
  'error.signon.credentials': 'Uživatelské jméno nebo heslo není správné.',
  'error.signon.locked':
    'Příliš mnoho neúspěšných pokusů. Znovu to můžete zkusit za {count} minut.',
  'error.signon.locked|one':
    'Příliš mnoho neúspěšných pokusů. Znovu to můžete zkusit za {count} minutu.',
  'error.signon.locked|few':
    'Příliš mnoho neúspěšných pokusů. Znovu to můžete zkusit za {count} minuty.',
  'error.signon.locked|many':
    'Příliš mnoho neúspěšných pokusů. Znovu to můžete zkusit za {count} minuty.',
  'error.signon.code': 'Kód není správný nebo vypršela jeho platnost.',
  'signon.newPassword.title': 'Zvolte nové heslo',
  'signon.newPassword.mustChange': 'Vaše heslo bylo resetováno. Chcete-li pokračovat, zvolte nové.',
  'signon.newPassword.expired':
    'Platnost vašeho hesla vypršela. Chcete-li pokračovat, zvolte nové.',
  'signon.newPassword.submit': 'Uložit a pokračovat',
  'signon.forgot.title': 'Obnovení hesla',
  'signon.forgot.intro':
    'Zadejte své uživatelské jméno nebo e‑mailovou adresu. Pokud existuje odpovídající účet, pošleme mu e‑mailem kód.',
  'signon.forgot.submit': 'Poslat kód',
  'signon.recover.title': 'Zadejte kód',
  'signon.recover.intro':
    'Pokud existuje odpovídající účet, poslali jsme kód na jeho e‑mailovou adresu. Zadejte ho spolu s novým heslem.',
  'signon.recover.submit': 'Obnovit heslo a přihlásit se',
  'signon.back': 'Zpět na přihlášení',
  'flash.signonRestart':
    'Přihlášení trvalo příliš dlouho nebo už bylo dokončeno. Přihlaste se prosím znovu.',
  'signon.unsupported':
    'Tento krok přihlášení nelze na této stránce dokončit. Obraťte se prosím na podporu.',
  'account.title': 'Váš účet',
  'account.intro': 'Zkontrolujte a aktualizujte své údaje.',
  'account.submit': 'Uložit změny',
  'account.username': 'Uživatelské jméno',
  'account.usernameHint': 'Uživatelské jméno nelze změnit.',
  'field.givenName': 'Jméno',
  'field.familyName': 'Příjmení',
  'field.preferredLanguage': 'Preferovaný jazyk',
  'field.noPreference': 'Bez preference',
  'account.reauth':
    'Z bezpečnostních důvodů se prosím před změnou e‑mailové adresy znovu přihlaste.',
  'flash.accountSaved': 'Vaše údaje byly uloženy.',
  'account.nav.label': 'Účet',
  'account.nav.profile': 'Údaje',
  'account.nav.password': 'Heslo',
  'account.nav.sessions': 'Relace',
  'accountPassword.title': 'Změna hesla',
  'accountPassword.intro': 'Zadejte současné heslo a pak zvolte nové.',
  'accountPassword.submit': 'Změnit heslo',
  'error.currentPassword': 'Současné heslo není správné.',
  'flash.accountPasswordChanged': 'Vaše heslo bylo změněno.',
  'sessions.title': 'Vaše relace',
  'sessions.intro': 'Toto jsou místa, kde jste přihlášeni.',
  'sessions.current': 'Tato relace',
  'sessions.browser': 'Prohlížeč',
  'sessions.lastSignOn': 'Poslední přihlášení',
  'sessions.place': 'Místo',
  'sessions.unknown': 'Neznámé',
  'sessions.signOutOthers': 'Odhlásit se všude jinde',
  'flash.sessionsEnded': 'Bylo ukončeno {count} dalších relací.',
  'flash.sessionsEnded|one': 'Byla ukončena {count} další relace.',
  'flash.sessionsEnded|few': 'Byly ukončeny {count} další relace.',
  'flash.sessionsEnded|many': 'Bylo ukončeno {count} další relace.',
  'home.signedIn.title': 'Vítejte, {name}',
  'home.account.title': 'Váš účet',
  'home.account.text': 'Zobrazte a změňte své údaje.',
  'home.accountPassword.text': 'Změňte si heslo.',
  'home.sessions.text': 'Zjistěte, kde jste přihlášeni.',
  'home.signin.title': 'Přihlásit se',
  'home.signin.text': 'Přihlaste se a zobrazte nebo změňte svůj účet.',
  'done.registered.title': 'Váš účet byl vytvořen',
  'done.registered.text': 'Nyní se můžete přihlásit uživatelským jménem a heslem.',
  'done.recovered.title': 'Vaše heslo bylo obnoveno',
  'done.recovered.text': 'Přihlaste se novým heslem. Kód pro obnovení už nefunguje.',
  'done.changed.title': 'Vaše heslo bylo změněno',
  'done.changed.text': 'Při příštím přihlášení použijte nové heslo.',
  'done.signIn': 'Přihlásit se',
  'done.home': 'Přejít na úvodní stránku',
  'nav.back': 'Zpět',
  'change.forgot': 'Zapomněli jste současné heslo?',
  'flash.sessionExpiredForm':
    'Vaše relace vypršela, takže se nic neodeslalo. Zkontrolujte formulář a odešlete ho znovu (hesla a kódy je nutné zadat znovu).',
  'policy.submitOnly': '(kontroluje se při odeslání)',
  'error.password.policyMarked': 'Zvolte heslo, které splňuje {count} požadavků označených ✗.',
  'error.password.policyMarked|one': 'Zvolte heslo, které splňuje požadavek označený ✗.',
  'error.password.policyMarked|few': 'Zvolte heslo, které splňuje {count} požadavky označené ✗.',
  'error.password.policyMarked|many': 'Zvolte heslo, které splňuje {count} požadavku označeného ✗.',
  'strength.label': 'Síla:',
  'strength.score0':
    'velmi snadno uhodnutelné. Zkuste heslovou frázi: tři nebo čtyři nesouvisející slova.',
  'strength.score1':
    'snadno uhodnutelné. Delší heslo nebo několik nesouvisejících slov je mnohem silnější.',
  'strength.score2': 'poměrně těžko uhodnutelné. S dalším slovem bude mnohem odolnější.',
  'strength.score3': 'těžko uhodnutelné.',
  'strength.score4': 'velmi těžko uhodnutelné.',
  'recover.sentTo':
    'Pokud {identifier} odpovídá nějakému účtu, poslali jsme kód pro obnovení na e‑mailovou adresu tohoto účtu.',
  'recover.resendWait': 'O nový kód můžete požádat za {count} sekund.',
  'recover.resendWait|one': 'O nový kód můžete požádat za {count} sekundu.',
  'recover.resendWait|few': 'O nový kód můžete požádat za {count} sekundy.',
  'recover.resendWait|many': 'O nový kód můžete požádat za {count} sekundy.',
  'flash.resendCooldown|one': 'Než požádáte o další kód, počkejte prosím {count} sekundu.',
  'flash.resendCooldown|few': 'Než požádáte o další kód, počkejte prosím {count} sekundy.',
  'flash.resendCooldown|many': 'Než požádáte o další kód, počkejte prosím {count} sekundy.',
  'error.username.required': 'Zadejte uživatelské jméno',
  'error.email.required': 'Zadejte svou e‑mailovou adresu',
  'error.password.required': 'Zadejte heslo',
  'error.newPassword.required': 'Zadejte nové heslo',
  'error.confirmPassword.required': 'Zadejte heslo znovu',
  'error.confirmNewPassword.required': 'Zadejte nové heslo znovu',
  'error.currentPassword.required': 'Zadejte současné heslo',
  'error.recoveryCode.required': 'Zadejte kód z e‑mailu',
  'error.identifier.required': 'Zadejte své uživatelské jméno nebo e‑mailovou adresu',
  'error.signonPassword.required': 'Zadejte své heslo',
  'error.givenName.required': 'Zadejte své jméno',
  'error.familyName.required': 'Zadejte své příjmení',
  'error.verificationCode.required': 'Zadejte kód z e‑mailu',
  'error.preferredLanguage.invalid': 'Vyberte jazyk ze seznamu',
  'error.titlePrefix': 'Chyba: ',
  'error.action.recover': 'Obnovit heslo',
  'policy.headingRegister': 'Vaše heslo musí:',
  'policy.rule.upper|one': 'obsahovat alespoň {count} velké písmeno (A–Z)',
  'policy.rule.upper|few': 'obsahovat alespoň {count} velká písmena (A–Z)',
  'policy.rule.upper|many': 'obsahovat alespoň {count} velkého písmene (A–Z)',
  'policy.rule.lower|one': 'obsahovat alespoň {count} malé písmeno (a–z)',
  'policy.rule.lower|few': 'obsahovat alespoň {count} malá písmena (a–z)',
  'policy.rule.lower|many': 'obsahovat alespoň {count} malého písmene (a–z)',
  'policy.rule.digit|one': 'obsahovat alespoň {count} číslici (0–9)',
  'policy.rule.digit|few': 'obsahovat alespoň {count} číslice (0–9)',
  'policy.rule.digit|many': 'obsahovat alespoň {count} číslice (0–9)',
  'errorPage.rateLimited.text|one': 'Než to zkusíte znovu, počkejte prosím {count} minutu.',
  'errorPage.rateLimited.text|few': 'Než to zkusíte znovu, počkejte prosím {count} minuty.',
  'errorPage.rateLimited.text|many': 'Než to zkusíte znovu, počkejte prosím {count} minuty.',
  'password.showShort': 'Zobrazit',
  'password.hideShort': 'Skrýt',
  // Ověření při přihlášení, ověřená změna e-mailu a návrat do aplikace.
  'signon.verify.title': 'Ověřte svou e‑mailovou adresu',
  'signon.verify.intro':
    'Váš účet čeká na ověření své e‑mailové adresy. Přihlášení dokončíte zadáním kódu, který jsme vám poslali.',
  'signon.verify.submit': 'Ověřit a přihlásit se',
  'signon.verify.restart': 'Přihlásit se jiným účtem',
  'accountEmail.title': 'Ověřte svou e‑mailovou adresu',
  'accountEmail.intro':
    'Na níže uvedenou adresu jsme poslali kód. Zadáním kódu adresu ověříte. Do té doby zůstane označená jako neověřená.',
  'accountEmail.submit': 'Ověřit adresu',
  'accountEmail.back': 'Zpět na váš účet',
  'accountEmail.unverified': 'Tato adresa zatím není ověřená.',
  'accountEmail.confirmLink': 'Ověřit',
  'flash.emailChangePending':
    'Vaše údaje byly uloženy. Novou adresu ověříte zadáním kódu, který jsme na ni poslali.',
  'flash.emailVerified': 'Vaše e‑mailová adresa je ověřena.',
  'continue.app': 'Pokračovat do aplikace',
} satisfies Catalogue;
