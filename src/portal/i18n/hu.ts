/**
 * Hungarian catalogue (hu). Glossary (the terms every page and e-mail uses):
 * account = fiók; password = jelszó; code = kód; sign in = bejelentkezés (bejelentkezik);
 * sign out = kijelentkezés (kijelentkezik); e-mail address = e-mail-cím; username = felhasználónév;
 * verification code = megerősítő kód; recovery code = visszaállítási kód (jelszó-visszaállítási
 * kód); reset a password = jelszó visszaállítása; verify/confirm an e-mail address = megerősítés
 * (as the e-mails say); session = munkamenet. Register: formal (Ön), as the e-mails.
 * Plural forms: one, other. A noun after a number stays singular in Hungarian, so both forms
 * read the same; no suffix is ever attached to a placeholder.
 */
import type { MessageKey } from './en.js';

/** Every English key, plus the plural variants Hungarian uses (a base key is the `other` form). */
type Catalogue = Record<MessageKey, string> & Partial<Record<`${MessageKey}|${'one'}`, string>>;

export const hu: Record<string, string> = {
  'layout.skip': 'Ugrás a fő tartalomhoz',
  'layout.language': 'Nyelv',
  'layout.languageSubmit': 'Módosítás',
  'layout.home': 'Kezdőlap',
  'layout.footer': 'A jelszavát kizárólag az identitásszolgáltatónk tárolja, ez a webhely soha.',

  'home.title': 'Fiókkezelés',
  'home.intro': 'Mit szeretne tenni?',
  'home.register.title': 'Fiók létrehozása',
  'home.register.text': 'Most jár itt először? Regisztráljon az e‑mail‑címével és egy jelszóval.',
  'home.change.title': 'Jelszó módosítása',
  'home.change.text': 'Ismeri a jelenlegi jelszavát, és újat szeretne.',
  'home.forgot.title': 'Elfelejtette a jelszavát?',
  'home.forgot.text': 'Kérjen visszaállítási kódot e‑mailben, és válasszon új jelszót.',

  'field.username': 'Felhasználónév',
  'field.usernameOrEmail': 'Felhasználónév vagy e‑mail‑cím',
  'field.email': 'E‑mail‑cím',
  'field.password': 'Jelszó',
  'field.newPassword': 'Új jelszó',
  'field.confirmPassword': 'Jelszó megerősítése',
  'field.confirmNewPassword': 'Új jelszó megerősítése',
  'field.currentPassword': 'Jelenlegi jelszó',
  'field.population': 'Fióktípus',
  'field.recoveryCode': 'Visszaállítási kód',
  'field.optionalChoose': 'Válasszon…',

  'hint.username': 'Legfeljebb 128 karakter. Ezzel fog bejelentkezni.',
  'hint.email': 'Erre a címre küldjük a jelszó-visszaállítási kódokat.',
  'hint.recoveryCode':
    'Az e‑mailben kapott 8 betű és számjegy. A kód 5 percig érvényes: ha lejárt, kérjen újat.',

  'password.show': 'Jelszó megjelenítése',
  'password.hide': 'Jelszó elrejtése',

  'policy.heading': 'Az új jelszó követelményei:',
  'policy.met': 'teljesül',
  'policy.unmet': 'még nem teljesül',
  'policy.rule.lengthMin': 'legyen legalább {min} karakter hosszú',
  'policy.rule.lengthMax': 'legyen legfeljebb {max} karakter hosszú',
  'policy.rule.lengthRange': 'legyen legalább {min} karakter hosszú (legfeljebb {max})',
  'policy.rule.upper': 'tartalmazzon legalább {count} nagybetűt (A–Z)',
  'policy.rule.lower': 'tartalmazzon legalább {count} kisbetűt (a–z)',
  'policy.rule.digit': 'tartalmazzon legalább {count} számjegyet (0–9)',
  'policy.rule.special': 'tartalmazzon legalább {count} karaktert ezek közül: {set}',
  'policy.rule.maxRepeatedCharacters':
    'egy karakter legfeljebb {max} alkalommal szerepeljen egymás után',
  'policy.rule.minUniqueCharacters': 'tartalmazzon legalább {min} különböző karaktert',
  'policy.rule.excludesCommonlyUsed': 'ne legyen gyakran használt jelszó',
  'policy.rule.excludesProfileData': 'ne tartalmazza a felhasználónevét vagy az e‑mail‑címét',
  'policy.rule.notSimilarToCurrent': 'egyértelműen különbözzön a jelenlegi jelszavától',
  'policy.rule.history': 'ne egyezzen a jelenlegi vagy egy nemrég használt jelszavával',
  'policy.rule.minComplexity': 'legyen nehezen kitalálható (egy hosszabb jelmondat segít)',
  'policy.rule.numberSequence': 'legfeljebb {max} egymást követő számjegyet tartalmazzon (pl. 123)',
  'policy.rule.alphabetSequence': 'legfeljebb {max} egymást követő betűt tartalmazzon (pl. abc)',
  'policy.rule.qwertySequence':
    'legfeljebb {max} egymás melletti billentyűt tartalmazzon (pl. qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'legfeljebb {max} egymás melletti szimbólumot tartalmazzon (pl. !@#)',
  'policy.rule.other': 'feleljen meg a jelszóházirendnek',

  'error.summaryTitle': 'Kérjük, javítsa a következőket',
  'error.tooLong': 'Legfeljebb {max} karaktert használjon.',
  'error.username.invalid': '1–128 karaktert használjon, sortörések és vezérlőkarakterek nélkül.',
  'error.username.taken':
    'Ez a felhasználónév már foglalt. Válasszon másikat, vagy ha ez az Ön fiókja, állítsa vissza a jelszavát.',
  'error.email.invalid': 'Adjon meg egy e‑mail‑címet, például: nev@example.com.',
  'error.email.taken':
    'Ez az e‑mail‑cím már regisztrálva van. Ha ez az Ön fiókja, állítsa vissza a jelszavát.',
  'error.identifier.invalid': 'Adja meg a felhasználónevét vagy az e‑mail‑címét.',
  'error.password.mismatch': 'A két jelszó nem egyezik.',
  'error.password.policy': 'A jelszó nem felel meg a követelményeknek: {rules}.',
  'error.password.sameAsCurrent': 'Az új jelszónak különböznie kell a jelenlegi jelszavától.',
  'error.password.tooSimilar': 'Az új jelszó túlságosan hasonlít a jelenlegi jelszavára.',
  'error.password.tooYoung':
    'A jelszót túl nemrég módosították ahhoz, hogy újra módosítható legyen. Kérjük, próbálja újra később.',
  'error.credentials':
    'A felhasználónév vagy a jelszó helytelen, vagy ennek a fióknak a jelszava itt nem módosítható (lehet, hogy a fiók zárolva van, vagy még nincs jelszava). Ellenőrizze, amit beírt, vagy állítsa vissza a jelszavát.',
  'error.recoveryCode.format': 'A kód 8 betűből és számjegyből áll.',
  'error.recoveryCode.invalid':
    'A kód érvénytelen vagy lejárt. Ellenőrizze az e‑mailt, vagy kérjen új kódot.',
  'error.recoveryCode.exhausted':
    'Túl sok próbálkozás után ez a kód már nem használható. Biztonsági okokból várjon egy kicsit (általában 15 percet), majd kérjen új kódot.',
  'error.population.invalid': 'Válasszon a lehetőségek közül.',
  'error.population.domain': 'Ezzel az e‑mail‑domainnel nem lehet regisztrálni.',
  'error.registration.refused': 'Ezekkel az adatokkal nem tudtuk létrehozni a fiókot.',

  'flash.recoveryResent':
    'Ha létezik egyező fiók, már úton van egy új visszaállítási kód. Csak a legújabb kód érvényes.',
  'flash.resendCooldown': 'Kérjük, várjon {count} másodpercet, mielőtt újabb kódot kér.',
  'flash.recoveryStart': 'Először adja meg a felhasználónevét vagy az e‑mail‑címét.',
  'flash.sessionExpired':
    'A munkamenete egy ideig tartó tétlenség miatt lejárt. Kérjük, kezdje újra.',

  'register.title': 'Fiók létrehozása',
  'register.intro': 'Minden mező kitöltése kötelező.',
  'register.submit': 'Fiók létrehozása',

  'forgot.title': 'Elfelejtette a jelszavát?',
  'forgot.intro':
    'Adja meg a felhasználónevét vagy az e‑mail‑címét. Ha megtaláljuk a fiókját, e‑mailben küldünk egy visszaállítási kódot.',
  'forgot.submit': 'Visszaállítási kód küldése',

  'recover.title': 'Adja meg az e‑mailben kapott kódot',
  'recover.intro': 'Adja meg a kódot, majd válasszon új jelszót.',
  'recover.submit': 'Jelszó visszaállítása',
  'recover.resendTitle': 'Nem kapott e‑mailt?',
  'recover.resendText': 'Nézze meg a levélszemét mappát is. Az új kód érvényteleníti az előzőt.',
  'recover.resend': 'Új kód küldése',
  'recover.restart': 'Másik felhasználónév vagy e‑mail‑cím használata',

  'change.title': 'Jelszó módosítása',
  'change.intro': 'Adja meg a jelenlegi jelszavát, majd válasszon újat.',
  'change.submit': 'Jelszó módosítása',

  'errorPage.reference': 'Hivatkozási azonosító: {id}',
  'errorPage.home': 'Vissza a kezdőlapra',
  'errorPage.retry': 'Újrapróbálkozás',
  'errorPage.csrf.title': 'Az űrlap lejárt',
  'errorPage.csrf.text':
    'Biztonsági okokból lépjen vissza, töltse be újra az oldalt, és küldje el ismét az űrlapot.',
  'errorPage.rateLimited.title': 'Túl sok próbálkozás',
  'errorPage.rateLimited.text': 'Kérjük, várjon {count} percet, mielőtt újra próbálkozna.',
  'errorPage.unavailable.title': 'A szolgáltatás átmenetileg nem érhető el',
  'errorPage.unavailable.text':
    'Nem sikerült elérni a fiókszolgáltatást. Semmi sem változott. Kérjük, próbálja újra néhány perc múlva.',
  'errorPage.storeUnavailable.title': 'Átmenetileg nem érhető el',
  'errorPage.storeUnavailable.text':
    'Ez a szolgáltatás átmenetileg nem érhető el. Semmi sem változott. Kérjük, próbálja újra egy perc múlva.',
  'errorPage.badRequest.title': 'Nem tudtuk értelmezni a kérést',
  'errorPage.badRequest.text': 'Kérjük, lépjen vissza, és használja az oldalon található űrlapot.',
  'errorPage.tooLarge.title': 'Túl sok adat',
  'errorPage.tooLarge.text':
    'Az űrlap több adatot tartalmazott, mint amennyit elfogadunk. Kérjük, rövidítse le a beírt szövegeket.',
  'errorPage.notFound.title': 'Az oldal nem található',
  'errorPage.notFound.text': 'A keresett oldal nem létezik.',
  'errorPage.methodNotAllowed.title': 'Nem engedélyezett művelet',
  'errorPage.methodNotAllowed.text': 'Ez az oldal ilyen módon nem használható.',
  'errorPage.internal.title': 'Hiba történt',
  'errorPage.internal.text': 'Váratlan hiba történt. Semmi sem változott. Kérjük, próbálja újra.',
  // Az e-mail-cím megerősítése és az e-mail-címmel kezdődő regisztráció.
  'field.verificationCode': 'Megerősítő kód',
  'hint.verificationCode':
    'Az e‑mailben kapott 8 betű és számjegy. Be is illesztheti; a szóközök és a kis- és nagybetűk nem számítanak.',
  'verify.title': 'Nézze meg az e‑mailjeit',
  'verify.intro':
    'Megerősítő kódot küldtünk a következő címre: {email}. A fiókja aktiválásához adja meg alább a kódot.',
  'verify.introEmailFirst':
    'Kódot küldtünk a következő címre: {email}. Adja meg a kódot, és válassza ki a jelszavát.',
  'verify.submit': 'E‑mail‑cím megerősítése',
  'verify.submitEmailFirst': 'Tovább',
  'verify.resendTitle': 'Nem kapott e‑mailt?',
  'verify.resendText':
    'Ez néhány percig is eltarthat. Nézze meg a levélszemét mappát is. Ha új kódot kér, csak a legújabb lesz érvényes.',
  'verify.resend': 'Új kód küldése',
  'verify.restart': 'Másik e‑mail‑cím használata',
  'registerEmail.intro': 'Adja meg az e‑mail‑címét. Küldünk egy kódot, amellyel megerősítheti.',
  'registerEmail.submit': 'Kérem a kódot',
  'error.verificationCode.format': 'A kód 8 betűből és számjegyből áll.',
  'error.verificationCode.invalid':
    'A kód helytelen, lejárt, vagy egy újabb kód váltotta fel. Nézze meg a legújabb e‑mailt, és próbálja újra.',
  'error.verificationCode.exhausted':
    'Túl sok hibás kód. Alább kérjen új kódot, majd a legújabbat adja meg.',
  'flash.verifyResent': 'Már úton van egy új kód. Csak a legújabb kód érvényes.',
  'flash.verifyResendCapped':
    'Ma már nem tudunk több kódot küldeni erre a címre. Használja a legutóbb kapott kódot, vagy próbálja újra holnap.',
  'flash.verifyStart': 'Kérjük, kezdje újra a regisztrációt.',
  'flash.accountVerified': 'Az e‑mail‑címét megerősítettük. A fiókja készen áll.',
  'done.title': 'A fiókja készen áll',
  'done.text':
    'Most jelentkezzen be abba az alkalmazásba, amelyhez regisztrált, a felhasználónevével vagy az e‑mail‑címével és a jelszavával.',
  'username.title': 'Válasszon felhasználónevet',
  'username.intro':
    'Az e‑mail‑címét megerősítettük. Most válassza ki a felhasználónevet, amellyel majd bejelentkezik.',
  'username.submit': 'Felhasználónév mentése',
  // Bejelentkezés, bejelentkezési oldal és fiókkezelés.
  'signin.failed.title': 'A bejelentkezést nem sikerült befejezni',
  'signin.failed.text':
    'A bejelentkezési válasz érvénytelen volt, vagy már felhasználták. Nincs bejelentkezve. Kérjük, kezdje újra a bejelentkezési oldalon.',
  'signin.expired.title': 'A munkamenete véget ért',
  'signin.expired.text': 'Biztonsági okokból kijelentkeztettük. Kérjük, jelentkezzen be újra.',
  'signout.button': 'Kijelentkezés',
  'signedOut.title': 'Kijelentkezett',
  'signedOut.text': 'A munkamenete ezen az eszközön véget ért.',
  'signedOut.again': 'Újbóli bejelentkezés',
  'signon.title': 'Bejelentkezés',
  'signon.intro': 'Jelentkezzen be a felhasználónevével vagy az e‑mail‑címével és a jelszavával.',
  'signon.submit': 'Bejelentkezés',
  'signon.forgotLink': 'Elfelejtette a jelszavát?',
  'signon.changeLink': 'Jelszó módosítása bejelentkezés nélkül',
  'signon.registerLink': 'Fiók létrehozása',
  'error.signon.credentials': 'A felhasználónév vagy a jelszó helytelen.',
  'error.signon.locked': 'Túl sok sikertelen próbálkozás. {count} perc múlva próbálkozhat újra.',
  'error.signon.locked|one':
    'Túl sok sikertelen próbálkozás. {count} perc múlva próbálkozhat újra.',
  'error.signon.code': 'A kód helytelen vagy lejárt.',
  'signon.newPassword.title': 'Válasszon új jelszót',
  'signon.newPassword.mustChange': 'A jelszavát visszaállították. A folytatáshoz válasszon újat.',
  'signon.newPassword.expired': 'A jelszava lejárt. A folytatáshoz válasszon újat.',
  'signon.newPassword.submit': 'Mentés és folytatás',
  'signon.forgot.title': 'Jelszó visszaállítása',
  'signon.forgot.intro':
    'Adja meg a felhasználónevét vagy az e‑mail‑címét. Ha létezik egyező fiók, e‑mailben kódot küldünk a fiókhoz tartozó címre.',
  'signon.forgot.submit': 'Kód küldése',
  'signon.recover.title': 'Adja meg a kódot',
  'signon.recover.intro':
    'Ha létezik egyező fiók, kódot küldtünk a hozzá tartozó e‑mail‑címre. Adja meg a kódot és egy új jelszót.',
  'signon.recover.submit': 'Jelszó visszaállítása és bejelentkezés',
  'signon.back': 'Vissza a bejelentkezéshez',
  'flash.signonRestart':
    'A bejelentkezés túl sokáig tartott, vagy már befejeződött. Kérjük, jelentkezzen be újra.',
  'signon.unsupported':
    'Ez a bejelentkezési lépés ezen az oldalon nem hajtható végre. Kérjük, forduljon az ügyfélszolgálathoz.',
  'account.title': 'Az Ön fiókja',
  'account.intro': 'Ellenőrizze és frissítse az adatait.',
  'account.submit': 'Módosítások mentése',
  'account.username': 'Felhasználónév',
  'account.usernameHint': 'A felhasználónév nem módosítható.',
  'field.givenName': 'Utónév',
  'field.familyName': 'Vezetéknév',
  'field.preferredLanguage': 'Előnyben részesített nyelv',
  'field.noPreference': 'Nincs megadva',
  'account.reauth':
    'Biztonsági okokból kérjük, jelentkezzen be újra, mielőtt módosítja az e‑mail‑címét.',
  'flash.accountSaved': 'Az adatait mentettük.',
  'account.nav.label': 'Fiók',
  'account.nav.profile': 'Adatok',
  'account.nav.password': 'Jelszó',
  'account.nav.sessions': 'Munkamenetek',
  'accountPassword.title': 'Jelszó módosítása',
  'accountPassword.intro': 'Adja meg a jelenlegi jelszavát, majd válasszon újat.',
  'accountPassword.submit': 'Jelszó módosítása',
  'error.currentPassword': 'A jelenlegi jelszó helytelen.',
  'flash.accountPasswordChanged': 'A jelszavát módosítottuk.',
  'sessions.title': 'Az Ön munkamenetei',
  'sessions.intro': 'Ezeken a helyeken van bejelentkezve.',
  'sessions.current': 'Ez a munkamenet',
  'sessions.browser': 'Böngésző',
  'sessions.lastSignOn': 'Utolsó bejelentkezés',
  'sessions.place': 'Hely',
  'sessions.unknown': 'Ismeretlen',
  'sessions.signOutOthers': 'Kijelentkezés minden más helyen',
  'flash.sessionsEnded': '{count} másik munkamenetből kijelentkeztettük.',
  'flash.sessionsEnded|one': '{count} másik munkamenetből kijelentkeztettük.',
  'home.signedIn.title': 'Üdvözöljük, {name}',
  'home.account.title': 'Az Ön fiókja',
  'home.account.text': 'Tekintse meg és módosítsa az adatait.',
  'home.accountPassword.text': 'Módosítsa a jelszavát.',
  'home.sessions.text': 'Nézze meg, hol van bejelentkezve.',
  'home.signin.title': 'Bejelentkezés',
  'home.signin.text': 'Jelentkezzen be, hogy megtekinthesse és módosíthassa a fiókját.',
  'done.registered.title': 'A fiókja létrejött',
  'done.registered.text': 'Most már bejelentkezhet a felhasználónevével és a jelszavával.',
  'done.recovered.title': 'A jelszavát visszaállítottuk',
  'done.recovered.text':
    'Jelentkezzen be az új jelszavával. A visszaállítási kód már nem érvényes.',
  'done.changed.title': 'A jelszavát módosítottuk',
  'done.changed.text': 'A következő bejelentkezéskor az új jelszavát használja.',
  'done.signIn': 'Bejelentkezés',
  'done.home': 'Ugrás a kezdőlapra',
  'nav.back': 'Vissza',
  'change.forgot': 'Elfelejtette a jelenlegi jelszavát?',
  'flash.sessionExpiredForm':
    'A munkamenete lejárt, ezért semmit sem küldtünk el. Ellenőrizze az űrlapot, és küldje el újra (a jelszavakat és a kódokat újra be kell írnia).',
  'policy.submitOnly': '(elküldéskor ellenőrizzük)',
  'error.password.policyMarked':
    'Olyan jelszót válasszon, amely megfelel a ✗ jellel jelölt {count} követelménynek.',
  'error.password.policyMarked|one':
    'Olyan jelszót válasszon, amely megfelel a ✗ jellel jelölt követelménynek.',
  'strength.label': 'Erősség:',
  'strength.score0':
    'nagyon könnyen kitalálható. Próbáljon ki egy jelmondatot: három-négy, egymáshoz nem kapcsolódó szót.',
  'strength.score1':
    'könnyen kitalálható. Egy hosszabb jelszó vagy néhány egymáshoz nem kapcsolódó szó sokkal erősebb.',
  'strength.score2': 'meglehetősen nehezen kitalálható. Még egy szóval sokkal nehezebb lesz.',
  'strength.score3': 'nehezen kitalálható.',
  'strength.score4': 'nagyon nehezen kitalálható.',
  'recover.sentTo':
    'Ha a megadott azonosítóhoz ({identifier}) tartozik fiók, a fiókhoz tartozó e‑mail‑címre elküldtük a visszaállítási kódot.',
  'recover.resendWait': '{count} másodperc múlva kérhet új kódot.',
  'recover.resendWait|one': '{count} másodperc múlva kérhet új kódot.',
  'flash.resendCooldown|one': 'Kérjük, várjon {count} másodpercet, mielőtt újabb kódot kér.',
  'error.username.required': 'Adjon meg egy felhasználónevet',
  'error.email.required': 'Adja meg az e‑mail‑címét',
  'error.password.required': 'Adjon meg egy jelszót',
  'error.newPassword.required': 'Adjon meg egy új jelszót',
  'error.confirmPassword.required': 'Adja meg újra a jelszót',
  'error.confirmNewPassword.required': 'Adja meg újra az új jelszót',
  'error.currentPassword.required': 'Adja meg a jelenlegi jelszavát',
  'error.recoveryCode.required': 'Adja meg az e‑mailben kapott kódot',
  'error.identifier.required': 'Adja meg a felhasználónevét vagy az e‑mail‑címét',
  'error.signonPassword.required': 'Adja meg a jelszavát',
  'error.givenName.required': 'Adja meg az utónevét',
  'error.familyName.required': 'Adja meg a vezetéknevét',
  'error.verificationCode.required': 'Adja meg az e‑mailben kapott kódot',
  'error.preferredLanguage.invalid': 'Válasszon nyelvet a listából',
  'error.titlePrefix': 'Hiba: ',
  'error.action.recover': 'Jelszó visszaállítása',
  'policy.headingRegister': 'A jelszó követelményei:',
  'policy.rule.upper|one': 'tartalmazzon legalább {count} nagybetűt (A–Z)',
  'policy.rule.lower|one': 'tartalmazzon legalább {count} kisbetűt (a–z)',
  'policy.rule.digit|one': 'tartalmazzon legalább {count} számjegyet (0–9)',
  'errorPage.rateLimited.text|one': 'Kérjük, várjon {count} percet, mielőtt újra próbálkozna.',
  'password.showShort': 'Megjelenítés',
  'password.hideShort': 'Elrejtés',
  // Megerősítés bejelentkezéskor, megerősített e-mail-cím-módosítás és visszatérés az alkalmazásba.
  'signon.verify.title': 'Erősítse meg az e‑mail‑címét',
  'signon.verify.intro':
    'A fiókjához tartozó e‑mail‑cím még nincs megerősítve. A bejelentkezés befejezéséhez adja meg a kódot, amelyet elküldtünk Önnek.',
  'signon.verify.submit': 'Megerősítés és bejelentkezés',
  'signon.verify.restart': 'Bejelentkezés másik fiókkal',
  'accountEmail.title': 'Erősítse meg az e‑mail‑címét',
  'accountEmail.intro':
    'Kódot küldtünk az alábbi címre. A cím megerősítéséhez adja meg a kódot. Addig a cím meg nem erősítettként szerepel.',
  'accountEmail.submit': 'Cím megerősítése',
  'accountEmail.back': 'Vissza a fiókjához',
  'accountEmail.unverified': 'Ez a cím még nincs megerősítve.',
  'accountEmail.confirmLink': 'Megerősítés',
  'flash.emailChangePending':
    'Az adatait mentettük. Az új címe megerősítéséhez adja meg a kódot, amelyet erre a címre küldtünk.',
  'flash.emailVerified': 'Az e‑mail‑címét megerősítettük.',
  'continue.app': 'Tovább az alkalmazáshoz',
} satisfies Catalogue;
