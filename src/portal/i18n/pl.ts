/**
 * Polish catalogue (pl). Glossary (the terms every page and e-mail uses):
 * account = konto; password = hasło; code = kod; sign in = zaloguj się (noun: logowanie);
 * sign out = wyloguj się; e-mail address = adres e‑mail (the message: wiadomość e‑mail);
 * username = nazwa użytkownika; verification code = kod weryfikacyjny;
 * recovery code = kod do resetowania hasła (recover/reset a password = zresetować hasło);
 * verify = zweryfikować, confirm = potwierdzić; session = sesja.
 * Register: second-person imperative ("Wpisz", "Zaloguj się") with capitalised Twój/Ciebie/Ci,
 * as in Polish web services and in PingOne Local's Polish e-mails; gendered past forms avoided
 * ("Wylogowano Cię", not "Zostałeś wylogowany"). "e‑mail" keeps a non-breaking hyphen (U+2011).
 * Plurals: one (1), few (2–4, 22–24…), many (0, 5–21…); the base key is CLDR "other"
 * (fractions, genitive singular). Texts with {min}/{max} (no plural choice) use genitive
 * constructions ("z co najmniej {min} znaków") that are correct for every number from 2.
 */
export const pl: Record<string, string> = {
  'layout.skip': 'Przejdź do treści głównej',
  'layout.language': 'Język',
  'layout.languageSubmit': 'Zmień',
  'layout.home': 'Strona główna',
  'layout.footer': 'Twoje hasło przechowuje wyłącznie nasz dostawca tożsamości, nigdy ta witryna.',

  'home.title': 'Zarządzaj kontem',
  'home.intro': 'Co chcesz zrobić?',
  'home.register.title': 'Załóż konto',
  'home.register.text': 'Jesteś tu po raz pierwszy? Zarejestruj się, podając adres e‑mail i hasło.',
  'home.change.title': 'Zmień hasło',
  'home.change.text': 'Znasz obecne hasło i chcesz ustawić nowe.',
  'home.forgot.title': 'Nie pamiętasz hasła?',
  'home.forgot.text': 'Otrzymaj e‑mailem kod do resetowania hasła i ustaw nowe hasło.',

  'field.username': 'Nazwa użytkownika',
  'field.usernameOrEmail': 'Nazwa użytkownika lub adres e‑mail',
  'field.email': 'Adres e‑mail',
  'field.password': 'Hasło',
  'field.newPassword': 'Nowe hasło',
  'field.confirmPassword': 'Potwierdź hasło',
  'field.confirmNewPassword': 'Potwierdź nowe hasło',
  'field.currentPassword': 'Obecne hasło',
  'field.population': 'Typ konta',
  'field.recoveryCode': 'Kod do resetowania hasła',
  'field.optionalChoose': 'Wybierz…',

  'hint.username': 'Do 128 znaków. Posłuży Ci do logowania.',
  'hint.email': 'Na ten adres wysyłamy kody do resetowania hasła.',
  'hint.recoveryCode':
    'Kod z wiadomości e‑mail (8 liter i cyfr). Kod jest ważny przez 5 minut: jeśli wygasł, wyślij nowy.',

  'password.show': 'Pokaż hasło',
  'password.hide': 'Ukryj hasło',

  'policy.heading': 'Nowe hasło musi:',
  'policy.met': 'spełnione',
  'policy.unmet': 'jeszcze niespełnione',
  'policy.rule.lengthMin': 'składać się z co najmniej {min} znaków',
  'policy.rule.lengthMax': 'składać się z najwyżej {max} znaków',
  'policy.rule.lengthRange': 'składać się z co najmniej {min} znaków (najwyżej {max})',
  'policy.rule.upper': 'zawierać co najmniej {count} wielkiej litery (A–Z)',
  'policy.rule.lower': 'zawierać co najmniej {count} małej litery (a–z)',
  'policy.rule.digit': 'zawierać co najmniej {count} cyfry (0–9)',
  'policy.rule.special': 'zawierać co najmniej {count} z tych symboli: {set}',
  'policy.rule.maxRepeatedCharacters':
    'nie powtarzać tego samego znaku więcej niż {max} razy z rzędu',
  'policy.rule.minUniqueCharacters': 'składać się z co najmniej {min} różnych znaków',
  'policy.rule.excludesCommonlyUsed': 'nie być często używanym hasłem',
  'policy.rule.excludesProfileData': 'nie zawierać nazwy użytkownika ani adresu e‑mail',
  'policy.rule.notSimilarToCurrent': 'wyraźnie różnić się od obecnego hasła',
  'policy.rule.history': 'nie być obecnym ani niedawno używanym hasłem',
  'policy.rule.minComplexity':
    'być trudne do odgadnięcia (pomagają dłuższe hasła złożone z kilku słów)',
  'policy.rule.numberSequence': 'nie zawierać ciągów kolejnych cyfr dłuższych niż {max} (np. 123)',
  'policy.rule.alphabetSequence':
    'nie zawierać ciągów kolejnych liter dłuższych niż {max} (np. abc)',
  'policy.rule.qwertySequence':
    'nie zawierać ciągów sąsiednich klawiszy dłuższych niż {max} (np. qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'nie zawierać ciągów sąsiednich symboli dłuższych niż {max} (np. !@#)',
  'policy.rule.other': 'spełniać zasady dotyczące haseł',

  'error.summaryTitle': 'Wystąpił problem',
  'error.tooLong': 'Maksymalna liczba znaków: {max}.',
  'error.username.invalid': 'Użyj od 1 do 128 znaków, bez podziałów wierszy i znaków sterujących.',
  'error.username.taken':
    'Ta nazwa użytkownika jest już zajęta. Wybierz inną albo zresetuj hasło, jeśli to Twoje konto.',
  'error.email.invalid': 'Wpisz adres e‑mail, np. nazwa@example.com.',
  'error.email.taken':
    'Ten adres e‑mail jest już zarejestrowany. Jeśli to Twoje konto, zresetuj hasło.',
  'error.identifier.invalid': 'Wpisz nazwę użytkownika lub adres e‑mail.',
  'error.password.mismatch': 'Hasła nie są takie same.',
  'error.password.policy': 'Hasło nie spełnia wymagań: {rules}.',
  'error.password.sameAsCurrent': 'Nowe hasło musi się różnić od obecnego.',
  'error.password.tooSimilar': 'Nowe hasło jest zbyt podobne do obecnego.',
  'error.password.tooYoung':
    'Hasło zostało zmienione zbyt niedawno, aby można je było znowu zmienić. Spróbuj ponownie później.',
  'error.credentials':
    'Nazwa użytkownika lub hasło są nieprawidłowe albo hasła tego konta nie można tu zmienić (konto może być zablokowane lub nie mieć jeszcze hasła). Sprawdź wpisane dane albo zresetuj hasło.',
  'error.recoveryCode.format': 'Kod składa się z 8 liter i cyfr.',
  'error.recoveryCode.invalid':
    'Ten kod jest nieprawidłowy lub wygasł. Sprawdź wiadomość e‑mail albo wyślij nowy kod.',
  'error.recoveryCode.exhausted':
    'Ten kod przestał działać po zbyt wielu próbach. Ze względów bezpieczeństwa odczekaj chwilę (zwykle 15 minut), a potem wyślij nowy kod.',
  'error.population.invalid': 'Wybierz jedną z opcji.',
  'error.population.domain': 'Rejestracja nie jest dostępna dla tej domeny e‑mail.',
  'error.registration.refused': 'Nie udało się utworzyć konta z tymi danymi.',

  'flash.recoveryResent':
    'Jeśli istnieje pasujące konto, wysłaliśmy na jego adres nowy kod do resetowania hasła. Działa tylko najnowszy kod.',
  'flash.resendCooldown': 'Odczekaj {count} sekundy, zanim poprosisz o kolejny kod.',
  'flash.recoveryStart': 'Zacznij od podania nazwy użytkownika lub adresu e‑mail.',
  'flash.sessionExpired': 'Sesja wygasła z powodu braku aktywności. Zacznij od nowa.',

  'register.title': 'Załóż konto',
  'register.intro': 'Wszystkie pola są wymagane.',
  'register.submit': 'Załóż konto',

  'forgot.title': 'Nie pamiętasz hasła?',
  'forgot.intro':
    'Wpisz nazwę użytkownika lub adres e‑mail. Jeśli znajdziemy Twoje konto, wyślemy Ci e‑mailem kod do resetowania hasła.',
  'forgot.submit': 'Wyślij kod do resetowania hasła',

  'recover.title': 'Wpisz kod, który wysłaliśmy Ci e‑mailem',
  'recover.intro': 'Wpisz kod, a następnie ustaw nowe hasło.',
  'recover.submit': 'Zresetuj hasło',
  'recover.resendTitle': 'Brak wiadomości e‑mail?',
  'recover.resendText': 'Sprawdź folder ze spamem. Nowy kod zastępuje poprzedni.',
  'recover.resend': 'Wyślij nowy kod',
  'recover.restart': 'Użyj innej nazwy użytkownika lub innego adresu e‑mail',

  'change.title': 'Zmień hasło',
  'change.intro': 'Wpisz obecne hasło, a następnie ustaw nowe.',
  'change.submit': 'Zmień hasło',

  'errorPage.reference': 'Numer referencyjny: {id}',
  'errorPage.home': 'Wróć do strony głównej',
  'errorPage.retry': 'Spróbuj ponownie',
  'errorPage.csrf.title': 'Formularz wygasł',
  'errorPage.csrf.text':
    'Ze względów bezpieczeństwa wróć, odśwież stronę i wyślij formularz ponownie.',
  'errorPage.rateLimited.title': 'Zbyt wiele prób',
  'errorPage.rateLimited.text': 'Odczekaj {count} minuty, zanim spróbujesz ponownie.',
  'errorPage.unavailable.title': 'Usługa jest chwilowo niedostępna',
  'errorPage.unavailable.text':
    'Nie udało się połączyć z usługą kont. Nic nie zostało zmienione. Spróbuj ponownie za kilka minut.',
  'errorPage.storeUnavailable.title': 'Chwilowo niedostępne',
  'errorPage.storeUnavailable.text':
    'Ta usługa jest chwilowo niedostępna. Nic nie zostało zmienione. Spróbuj ponownie za minutę.',
  'errorPage.badRequest.title': 'Nie udało się odczytać żądania',
  'errorPage.badRequest.text': 'Wróć i skorzystaj z formularza na stronie.',
  'errorPage.tooLarge.title': 'Zbyt dużo danych',
  'errorPage.tooLarge.text':
    'Formularz zawierał więcej danych, niż możemy przyjąć. Skróć wpisane treści.',
  'errorPage.notFound.title': 'Nie znaleziono strony',
  'errorPage.notFound.text': 'Strona, której szukasz, nie istnieje.',
  'errorPage.methodNotAllowed.title': 'Niedozwolona operacja',
  'errorPage.methodNotAllowed.text': 'Tej strony nie można użyć w ten sposób.',
  'errorPage.internal.title': 'Coś poszło nie tak',
  'errorPage.internal.text':
    'Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione. Spróbuj ponownie.',
  // Weryfikacja adresu e-mail i rejestracja zaczynająca się od adresu e-mail.
  'field.verificationCode': 'Kod weryfikacyjny',
  'hint.verificationCode':
    'Kod z wiadomości e‑mail (8 liter i cyfr). Możesz go wkleić; spacje i wielkość liter nie mają znaczenia.',
  'verify.title': 'Sprawdź skrzynkę e‑mail',
  'verify.intro':
    'Wysłaliśmy kod weryfikacyjny na adres {email}. Wpisz go poniżej, aby aktywować konto.',
  'verify.introEmailFirst': 'Wysłaliśmy kod na adres {email}. Wpisz go i ustaw hasło.',
  'verify.submit': 'Zweryfikuj adres e‑mail',
  'verify.submitEmailFirst': 'Dalej',
  'verify.resendTitle': 'Brak wiadomości e‑mail?',
  'verify.resendText':
    'Dostarczenie może potrwać kilka minut. Sprawdź folder ze spamem. Jeśli poprosisz o nowy kod, zadziała tylko najnowszy.',
  'verify.resend': 'Wyślij nowy kod',
  'verify.restart': 'Użyj innego adresu e‑mail',
  'registerEmail.intro': 'Wpisz adres e‑mail. Wyślemy Ci kod, aby go potwierdzić.',
  'registerEmail.submit': 'Wyślij mi kod',
  'error.verificationCode.format': 'Kod składa się z 8 liter i cyfr.',
  'error.verificationCode.invalid':
    'Ten kod jest nieprawidłowy, wygasł lub został zastąpiony nowszym. Sprawdź najnowszą wiadomość e‑mail i spróbuj ponownie.',
  'error.verificationCode.exhausted':
    'Zbyt wiele nieprawidłowych kodów. Poproś poniżej o nowy kod, a potem wpisz najnowszy.',
  'flash.verifyResent': 'Wysłaliśmy nowy kod. Działa tylko najnowszy kod.',
  'flash.verifyResendCapped':
    'Dziś nie możemy wysłać więcej kodów na ten adres. Użyj najnowszego otrzymanego kodu albo spróbuj ponownie jutro.',
  'flash.verifyStart': 'Rozpocznij rejestrację od nowa.',
  'flash.accountVerified': 'Adres e‑mail został potwierdzony. Konto jest gotowe.',
  'done.title': 'Konto jest gotowe',
  'done.text':
    'Teraz zaloguj się do aplikacji, dla której zostało założone konto, podając nazwę użytkownika lub adres e‑mail oraz hasło.',
  'username.title': 'Wybierz nazwę użytkownika',
  'username.intro':
    'Adres e‑mail został potwierdzony. Teraz wybierz nazwę użytkownika, której będziesz używać do logowania.',
  'username.submit': 'Zapisz nazwę użytkownika',
  // Logowanie, strona logowania i obszar konta (issue 12).
  'signin.failed.title': 'Nie udało się dokończyć logowania',
  'signin.failed.text':
    'Odpowiedź logowania była nieprawidłowa lub została już użyta. Logowanie nie nastąpiło. Zacznij od nowa na stronie logowania.',
  'signin.expired.title': 'Sesja się zakończyła',
  'signin.expired.text': 'Ze względów bezpieczeństwa wylogowaliśmy Cię. Zaloguj się ponownie.',
  'signout.button': 'Wyloguj się',
  'signedOut.title': 'Wylogowano Cię',
  'signedOut.text': 'Sesja na tym urządzeniu została zakończona.',
  'signedOut.again': 'Zaloguj się ponownie',
  'signon.title': 'Logowanie',
  'signon.intro': 'Zaloguj się, podając nazwę użytkownika lub adres e‑mail oraz hasło.',
  'signon.submit': 'Zaloguj się',
  'signon.forgotLink': 'Nie pamiętasz hasła?',
  'signon.changeLink': 'Zmień hasło bez logowania',
  'signon.registerLink': 'Załóż konto',
  'error.signon.credentials': 'Nazwa użytkownika lub hasło są nieprawidłowe.',
  'error.signon.locked': 'Zbyt wiele nieudanych prób. Możesz spróbować ponownie za {count} minuty.',
  'error.signon.locked|one':
    'Zbyt wiele nieudanych prób. Możesz spróbować ponownie za {count} minutę.',
  'error.signon.locked|few':
    'Zbyt wiele nieudanych prób. Możesz spróbować ponownie za {count} minuty.',
  'error.signon.locked|many':
    'Zbyt wiele nieudanych prób. Możesz spróbować ponownie za {count} minut.',
  'error.signon.code': 'Kod jest nieprawidłowy lub wygasł.',
  'signon.newPassword.title': 'Ustaw nowe hasło',
  'signon.newPassword.mustChange': 'Hasło zostało zresetowane. Aby kontynuować, ustaw nowe.',
  'signon.newPassword.expired': 'Hasło wygasło. Aby kontynuować, ustaw nowe.',
  'signon.newPassword.submit': 'Zapisz i kontynuuj',
  'signon.forgot.title': 'Zresetuj hasło',
  'signon.forgot.intro':
    'Wpisz nazwę użytkownika lub adres e‑mail. Jeśli istnieje pasujące konto, wyślemy kod na jego adres e‑mail.',
  'signon.forgot.submit': 'Wyślij kod',
  'signon.recover.title': 'Wpisz kod',
  'signon.recover.intro':
    'Jeśli istnieje pasujące konto, wysłaliśmy kod na jego adres e‑mail. Wpisz go razem z nowym hasłem.',
  'signon.recover.submit': 'Zresetuj hasło i zaloguj się',
  'signon.back': 'Wróć do logowania',
  'flash.signonRestart':
    'Logowanie trwało zbyt długo lub zostało już zakończone. Zaloguj się ponownie.',
  'signon.unsupported':
    'Tego kroku logowania nie można wykonać na tej stronie. Skontaktuj się z pomocą techniczną.',
  'account.title': 'Twoje konto',
  'account.intro': 'Sprawdź i zaktualizuj swoje dane.',
  'account.submit': 'Zapisz zmiany',
  'account.username': 'Nazwa użytkownika',
  'account.usernameHint': 'Nazwy użytkownika nie można zmienić.',
  'field.givenName': 'Imię',
  'field.familyName': 'Nazwisko',
  'field.preferredLanguage': 'Preferowany język',
  'field.noPreference': 'Brak preferencji',
  'account.reauth': 'Ze względów bezpieczeństwa zaloguj się ponownie, zanim zmienisz adres e‑mail.',
  'flash.accountSaved': 'Dane zostały zapisane.',
  'account.nav.label': 'Konto',
  'account.nav.profile': 'Dane',
  'account.nav.password': 'Hasło',
  'account.nav.sessions': 'Sesje',
  'accountPassword.title': 'Zmień hasło',
  'accountPassword.intro': 'Wpisz obecne hasło, a następnie ustaw nowe.',
  'accountPassword.submit': 'Zmień hasło',
  'error.currentPassword': 'Obecne hasło jest nieprawidłowe.',
  'flash.accountPasswordChanged': 'Hasło zostało zmienione.',
  'sessions.title': 'Twoje sesje',
  'sessions.intro': 'Oto miejsca, w których trwają Twoje sesje.',
  'sessions.current': 'Ta sesja',
  'sessions.browser': 'Przeglądarka',
  'sessions.lastSignOn': 'Ostatnie logowanie',
  'sessions.place': 'Lokalizacja',
  'sessions.unknown': 'Nieznane',
  'sessions.signOutOthers': 'Wyloguj się ze wszystkich innych sesji',
  'flash.sessionsEnded': 'Wylogowano Cię z {count} innej sesji.',
  'flash.sessionsEnded|one': 'Wylogowano Cię z {count} innej sesji.',
  'flash.sessionsEnded|few': 'Wylogowano Cię z {count} innych sesji.',
  'flash.sessionsEnded|many': 'Wylogowano Cię z {count} innych sesji.',
  'home.signedIn.title': 'Witamy, {name}',
  'home.account.title': 'Twoje konto',
  'home.account.text': 'Przeglądaj i zmieniaj swoje dane.',
  'home.accountPassword.text': 'Zmień hasło.',
  'home.sessions.text': 'Sprawdź, gdzie trwają Twoje sesje.',
  'home.signin.title': 'Zaloguj się',
  'home.signin.text': 'Zaloguj się, aby przeglądać i zmieniać dane konta.',
  'done.registered.title': 'Konto zostało utworzone',
  'done.registered.text': 'Możesz teraz zalogować się, podając nazwę użytkownika i hasło.',
  'done.recovered.title': 'Hasło zostało zresetowane',
  'done.recovered.text':
    'Zaloguj się, używając nowego hasła. Kod do resetowania hasła już nie działa.',
  'done.changed.title': 'Hasło zostało zmienione',
  'done.changed.text': 'Przy następnym logowaniu użyj nowego hasła.',
  'done.signIn': 'Zaloguj się',
  'done.home': 'Przejdź do strony głównej',
  'nav.back': 'Wstecz',
  'change.forgot': 'Nie pamiętasz obecnego hasła?',
  'flash.sessionExpiredForm':
    'Sesja wygasła, więc nic nie zostało wysłane. Sprawdź formularz i wyślij go ponownie (hasła i kody trzeba wpisać jeszcze raz).',
  'policy.submitOnly': '(sprawdzane po wysłaniu)',
  'error.password.policyMarked':
    'Ustaw hasło, które spełnia {count} wymagania oznaczonego symbolem ✗.',
  'error.password.policyMarked|one': 'Ustaw hasło, które spełnia wymaganie oznaczone symbolem ✗.',
  'error.password.policyMarked|few':
    'Ustaw hasło, które spełnia {count} wymagania oznaczone symbolem ✗.',
  'error.password.policyMarked|many':
    'Ustaw hasło, które spełnia {count} wymagań oznaczonych symbolem ✗.',
  'strength.label': 'Siła hasła:',
  'strength.score0':
    'bardzo niska – takie hasło bardzo łatwo odgadnąć. Spróbuj frazy z trzech lub czterech niepowiązanych słów.',
  'strength.score1':
    'niska – takie hasło łatwo odgadnąć. Dłuższe hasło lub kilka niepowiązanych słów jest znacznie silniejsze.',
  'strength.score2':
    'średnia – takie hasło dość trudno odgadnąć. Jeszcze jedno słowo bardzo to utrudni.',
  'strength.score3': 'wysoka – takie hasło trudno odgadnąć.',
  'strength.score4': 'bardzo wysoka – takie hasło bardzo trudno odgadnąć.',
  'recover.sentTo':
    'Jeśli istnieje konto pasujące do {identifier}, wysłaliśmy kod do resetowania hasła na adres e‑mail tego konta.',
  'recover.resendWait': 'O nowy kod możesz poprosić za {count} sekundy.',
  'recover.resendWait|one': 'O nowy kod możesz poprosić za {count} sekundę.',
  'recover.resendWait|few': 'O nowy kod możesz poprosić za {count} sekundy.',
  'recover.resendWait|many': 'O nowy kod możesz poprosić za {count} sekund.',
  'flash.resendCooldown|one': 'Odczekaj {count} sekundę, zanim poprosisz o kolejny kod.',
  'flash.resendCooldown|few': 'Odczekaj {count} sekundy, zanim poprosisz o kolejny kod.',
  'flash.resendCooldown|many': 'Odczekaj {count} sekund, zanim poprosisz o kolejny kod.',
  'error.username.required': 'Wpisz nazwę użytkownika',
  'error.email.required': 'Wpisz adres e‑mail',
  'error.password.required': 'Wpisz hasło',
  'error.newPassword.required': 'Wpisz nowe hasło',
  'error.confirmPassword.required': 'Wpisz hasło ponownie',
  'error.confirmNewPassword.required': 'Wpisz nowe hasło ponownie',
  'error.currentPassword.required': 'Wpisz obecne hasło',
  'error.recoveryCode.required': 'Wpisz kod z wiadomości e‑mail',
  'error.identifier.required': 'Wpisz nazwę użytkownika lub adres e‑mail',
  'error.signonPassword.required': 'Wpisz hasło',
  'error.givenName.required': 'Wpisz imię',
  'error.familyName.required': 'Wpisz nazwisko',
  'error.verificationCode.required': 'Wpisz kod z wiadomości e‑mail',
  'error.preferredLanguage.invalid': 'Wybierz język z listy',
  'error.titlePrefix': 'Błąd: ',
  'error.action.recover': 'Zresetuj hasło',
  'policy.headingRegister': 'Hasło musi:',
  'policy.rule.upper|one': 'zawierać co najmniej {count} wielką literę (A–Z)',
  'policy.rule.upper|few': 'zawierać co najmniej {count} wielkie litery (A–Z)',
  'policy.rule.upper|many': 'zawierać co najmniej {count} wielkich liter (A–Z)',
  'policy.rule.lower|one': 'zawierać co najmniej {count} małą literę (a–z)',
  'policy.rule.lower|few': 'zawierać co najmniej {count} małe litery (a–z)',
  'policy.rule.lower|many': 'zawierać co najmniej {count} małych liter (a–z)',
  'policy.rule.digit|one': 'zawierać co najmniej {count} cyfrę (0–9)',
  'policy.rule.digit|few': 'zawierać co najmniej {count} cyfry (0–9)',
  'policy.rule.digit|many': 'zawierać co najmniej {count} cyfr (0–9)',
  'errorPage.rateLimited.text|one': 'Odczekaj {count} minutę, zanim spróbujesz ponownie.',
  'errorPage.rateLimited.text|few': 'Odczekaj {count} minuty, zanim spróbujesz ponownie.',
  'errorPage.rateLimited.text|many': 'Odczekaj {count} minut, zanim spróbujesz ponownie.',
  'password.showShort': 'Pokaż',
  'password.hideShort': 'Ukryj',
  // Weryfikacja przy logowaniu, potwierdzana zmiana adresu e-mail i return_to (issues 11 i 12).
  'signon.verify.title': 'Potwierdź adres e‑mail',
  'signon.verify.intro':
    'Adres e‑mail Twojego konta czeka na potwierdzenie. Aby dokończyć logowanie, wpisz kod, który Ci wysłaliśmy.',
  'signon.verify.submit': 'Potwierdź i zaloguj się',
  'signon.verify.restart': 'Zaloguj się na inne konto',
  'accountEmail.title': 'Potwierdź adres e‑mail',
  'accountEmail.intro':
    'Wysłaliśmy kod na poniższy adres. Wpisz go, aby potwierdzić adres. Do tego czasu adres będzie oznaczony jako niepotwierdzony.',
  'accountEmail.submit': 'Potwierdź adres',
  'accountEmail.back': 'Wróć do konta',
  'accountEmail.unverified': 'Ten adres nie został jeszcze potwierdzony.',
  'accountEmail.confirmLink': 'Potwierdź go',
  'flash.emailChangePending':
    'Dane zostały zapisane. Wpisz kod wysłany na nowy adres, aby go potwierdzić.',
  'flash.emailVerified': 'Adres e‑mail został potwierdzony.',
  'continue.app': 'Przejdź do aplikacji',
};
