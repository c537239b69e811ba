/**
 * Turkish catalogue (tr). Glossary (the terms every page and e-mail uses):
 * account = hesap; password = şifre; code = kod; sign in = oturum açmak (noun: oturum açma);
 * sign out = oturumu kapatmak; e-mail address = e‑posta adresi (e-mail = e‑posta);
 * username = kullanıcı adı; verification code = doğrulama kodu; recovery code = sıfırlama kodu
 * (the e-mail says "şifre sıfırlama kodu"); verify/confirm = doğrulamak; session = oturum.
 * Register: the polite "siz" (-in/-ın imperatives in sentences, as the e-mails do); buttons use
 * the short stem ("Oturum aç", "Kaydet"). Turkish counts take the singular noun, so `|one` equals
 * the `other` form except where English drops the number.
 */
// Every key of MessageKey, plus the plural variants CLDR gives tr (one).
export const tr: Record<string, string> = {
  'layout.skip': 'Ana içeriğe geç',
  'layout.language': 'Dil',
  'layout.languageSubmit': 'Değiştir',
  'layout.home': 'Ana sayfa',
  'layout.footer':
    'Şifreniz yalnızca kimlik sağlayıcımız tarafından saklanır, asla bu site tarafından saklanmaz.',

  'home.title': 'Hesabınızı yönetin',
  'home.intro': 'Ne yapmak istersiniz?',
  'home.register.title': 'Hesap oluşturun',
  'home.register.text': 'Yeni misiniz? E‑posta adresiniz ve bir şifreyle kaydolun.',
  'home.change.title': 'Şifrenizi değiştirin',
  'home.change.text': 'Mevcut şifrenizi biliyor ve yeni bir şifre istiyorsunuz.',
  'home.forgot.title': 'Şifrenizi mi unuttunuz?',
  'home.forgot.text': 'E‑postayla bir sıfırlama kodu alın ve yeni bir şifre belirleyin.',

  'field.username': 'Kullanıcı adı',
  'field.usernameOrEmail': 'Kullanıcı adı veya e‑posta adresi',
  'field.email': 'E‑posta adresi',
  'field.password': 'Şifre',
  'field.newPassword': 'Yeni şifre',
  'field.confirmPassword': 'Şifreyi onaylayın',
  'field.confirmNewPassword': 'Yeni şifreyi onaylayın',
  'field.currentPassword': 'Mevcut şifre',
  'field.population': 'Hesap türü',
  'field.recoveryCode': 'Sıfırlama kodu',
  'field.optionalChoose': 'Seçin…',

  'hint.username': 'En fazla 128 karakter. Oturum açarken bunu kullanacaksınız.',
  'hint.email': 'Şifre sıfırlama kodlarını bu adrese göndeririz.',
  'hint.recoveryCode':
    'E‑postadaki 8 harf ve rakam. Bir kod 5 dakika geçerlidir: süresi dolduysa yeni bir kod isteyin.',

  'password.show': 'Şifreyi göster',
  'password.hide': 'Şifreyi gizle',

  'policy.heading': 'Yeni şifreniz:',
  'policy.met': 'tamam',
  'policy.unmet': 'henüz değil',
  'policy.rule.lengthMin': 'en az {min} karakter uzunluğunda olmalı',
  'policy.rule.lengthMax': 'en fazla {max} karakter uzunluğunda olmalı',
  'policy.rule.lengthRange': 'en az {min} karakter uzunluğunda olmalı (en fazla {max})',
  'policy.rule.upper': 'en az {count} büyük harf içermeli (A–Z)',
  'policy.rule.lower': 'en az {count} küçük harf içermeli (a–z)',
  'policy.rule.digit': 'en az {count} rakam içermeli (0–9)',
  'policy.rule.special': 'şu simgelerden en az {count} tanesini içermeli: {set}',
  'policy.rule.maxRepeatedCharacters': 'aynı karakteri art arda {max} kereden fazla tekrarlamamalı',
  'policy.rule.minUniqueCharacters': 'en az {min} farklı karakter içermeli',
  'policy.rule.excludesCommonlyUsed': 'yaygın olarak kullanılan bir şifre olmamalı',
  'policy.rule.excludesProfileData': 'kullanıcı adınızı veya e‑posta adresinizi içermemeli',
  'policy.rule.notSimilarToCurrent': 'mevcut şifrenizden belirgin şekilde farklı olmalı',
  'policy.rule.history': 'mevcut şifreniz veya yakın zamanda kullandığınız bir şifre olmamalı',
  'policy.rule.minComplexity':
    'tahmin edilmesi zor olmalı (birkaç kelimeden oluşan uzun bir şifre işe yarar)',
  'policy.rule.numberSequence': 'sıralı {max} rakamdan fazlasını içermemeli (123 gibi)',
  'policy.rule.alphabetSequence': 'sıralı {max} harften fazlasını içermemeli (abc gibi)',
  'policy.rule.qwertySequence': 'klavyede yan yana {max} tuştan fazlasını içermemeli (qwe gibi)',
  'policy.rule.shiftedNumberRowSequence': 'yan yana {max} simgeden fazlasını içermemeli (!@# gibi)',
  'policy.rule.other': 'şifre politikasına uymalı',

  'error.summaryTitle': 'Bir sorun var',
  'error.tooLong': 'En fazla {max} karakter kullanın.',
  'error.username.invalid':
    'Satır sonu veya kontrol karakteri içermeyen, 1 ile 128 arasında karakter kullanın.',
  'error.username.taken':
    'Bu kullanıcı adı zaten alınmış. Başka bir ad seçin veya bu hesap sizinse şifrenizi sıfırlayın.',
  'error.email.invalid': 'ad@ornek.com gibi bir e‑posta adresi girin.',
  'error.email.taken': 'Bu e‑posta adresi zaten kayıtlı. Bu hesap sizinse şifrenizi sıfırlayın.',
  'error.identifier.invalid': 'Kullanıcı adınızı veya e‑posta adresinizi girin.',
  'error.password.mismatch': 'İki şifre eşleşmiyor.',
  'error.password.policy': 'Şifre gereksinimleri karşılamıyor: {rules}.',
  'error.password.sameAsCurrent': 'Yeni şifreniz mevcut şifrenizden farklı olmalıdır.',
  'error.password.tooSimilar': 'Yeni şifreniz mevcut şifrenize çok benziyor.',
  'error.password.tooYoung':
    'Şifreniz çok kısa süre önce değiştirildiği için henüz yeniden değiştirilemez. Lütfen daha sonra tekrar deneyin.',
  'error.credentials':
    'Kullanıcı adı veya şifre yanlış ya da bu hesabın şifresi burada değiştirilemiyor (hesap kilitli olabilir veya henüz bir şifresi olmayabilir). Yazdıklarınızı kontrol edin veya şifrenizi sıfırlayın.',
  'error.recoveryCode.format': 'Kod 8 harf ve rakamdan oluşur.',
  'error.recoveryCode.invalid':
    'Bu kod geçerli değil veya süresi dolmuş. E‑postayı kontrol edin ya da yeni bir kod isteyin.',
  'error.recoveryCode.exhausted':
    'Çok fazla deneme yapıldığı için bu kod artık geçerli değil. Güvenliğiniz için bir süre (genellikle 15 dakika) bekleyin, ardından yeni bir kod isteyin.',
  'error.population.invalid': 'Seçeneklerden birini seçin.',
  'error.population.domain': 'Bu e‑posta alan adı için kayıt açık değil.',
  'error.registration.refused': 'Bu bilgilerle hesap oluşturamadık.',

  'flash.recoveryResent':
    'Eşleşen bir hesap varsa yeni bir sıfırlama kodu yolda. Yalnızca en son kod geçerlidir.',
  'flash.resendCooldown': 'Başka bir kod istemeden önce lütfen {count} saniye bekleyin.',
  'flash.recoveryStart': 'Kullanıcı adınızı veya e‑posta adresinizi girerek başlayın.',
  'flash.sessionExpired':
    'Bir süre işlem yapılmadığı için oturumunuz sona erdi. Lütfen yeniden başlayın.',

  'register.title': 'Hesap oluşturun',
  'register.intro': 'Tüm alanlar zorunludur.',
  'register.submit': 'Hesap oluştur',

  'forgot.title': 'Şifrenizi mi unuttunuz?',
  'forgot.intro':
    'Kullanıcı adınızı veya e‑posta adresinizi girin. Hesabınızı bulursak size e‑postayla bir sıfırlama kodu göndeririz.',
  'forgot.submit': 'Sıfırlama kodu gönder',

  'recover.title': 'E‑postayla gönderdiğimiz kodu girin',
  'recover.intro': 'Kodu girin, ardından yeni bir şifre belirleyin.',
  'recover.submit': 'Şifreyi sıfırla',
  'recover.resendTitle': 'E‑posta gelmedi mi?',
  'recover.resendText':
    'İstenmeyen e‑posta (spam) klasörünüzü kontrol edin. Yeni bir kod öncekinin yerini alır.',
  'recover.resend': 'Yeni kod gönder',
  'recover.restart': 'Farklı bir kullanıcı adı veya e‑posta kullan',

  'change.title': 'Şifrenizi değiştirin',
  'change.intro': 'Mevcut şifrenizi girin, ardından yeni bir şifre belirleyin.',
  'change.submit': 'Şifreyi değiştir',

  'errorPage.reference': 'Referans: {id}',
  'errorPage.home': 'Ana sayfaya dön',
  'errorPage.retry': 'Tekrar dene',
  'errorPage.csrf.title': 'Bu formun süresi doldu',
  'errorPage.csrf.text':
    'Güvenliğiniz için lütfen geri dönün, sayfayı yeniden yükleyin ve formu tekrar gönderin.',
  'errorPage.rateLimited.title': 'Çok fazla deneme',
  'errorPage.rateLimited.text': 'Tekrar denemeden önce lütfen {count} dakika bekleyin.',
  'errorPage.unavailable.title': 'Hizmet geçici olarak kullanılamıyor',
  'errorPage.unavailable.text':
    'Hesap hizmetine ulaşamadık. Hiçbir şey değiştirilmedi. Lütfen birkaç dakika sonra tekrar deneyin.',
  'errorPage.storeUnavailable.title': 'Geçici olarak kullanılamıyor',
  'errorPage.storeUnavailable.text':
    'Bu hizmet geçici olarak kullanılamıyor. Hiçbir şey değiştirilmedi. Lütfen bir dakika sonra tekrar deneyin.',
  'errorPage.badRequest.title': 'Bu isteği okuyamadık',
  'errorPage.badRequest.text': 'Lütfen geri dönün ve sayfadaki formu kullanın.',
  'errorPage.tooLarge.title': 'Çok fazla veri',
  'errorPage.tooLarge.text':
    'Form, kabul ettiğimizden fazla veri içeriyordu. Lütfen girdiklerinizi kısaltın.',
  'errorPage.notFound.title': 'Sayfa bulunamadı',
  'errorPage.notFound.text': 'İstediğiniz sayfa mevcut değil.',
  'errorPage.methodNotAllowed.title': 'İzin verilmiyor',
  'errorPage.methodNotAllowed.text': 'Bu sayfa bu şekilde kullanılamaz.',
  'errorPage.internal.title': 'Bir sorun oluştu',
  'errorPage.internal.text':
    'Beklenmeyen bir hata oluştu. Hiçbir şey değiştirilmedi. Lütfen tekrar deneyin.',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': 'Doğrulama kodu',
  'hint.verificationCode':
    'E‑postadaki 8 harf ve rakam. Kodu yapıştırabilirsiniz; boşluklar ve büyük/küçük harf fark etmez.',
  'verify.title': 'E‑postanızı kontrol edin',
  'verify.intro':
    '{email} adresine bir doğrulama kodu gönderdik. Hesabınızı etkinleştirmek için kodu aşağıya girin.',
  'verify.introEmailFirst':
    '{email} adresine bir kod gönderdik. Kodu girin ve şifrenizi belirleyin.',
  'verify.submit': 'E‑posta adresimi doğrula',
  'verify.submitEmailFirst': 'Devam',
  'verify.resendTitle': 'E‑posta gelmedi mi?',
  'verify.resendText':
    'Birkaç dakika sürebilir. İstenmeyen e‑posta (spam) klasörünüzü kontrol edin. Yeni bir kod isterseniz yalnızca en son kod geçerli olur.',
  'verify.resend': 'Yeni kod gönder',
  'verify.restart': 'Farklı bir e‑posta adresi kullan',
  'registerEmail.intro':
    'E‑posta adresinizi girin. Adresi doğrulamanız için size bir kod göndereceğiz.',
  'registerEmail.submit': 'Bana kod gönder',
  'error.verificationCode.format': 'Kod 8 harf ve rakamdan oluşur.',
  'error.verificationCode.invalid':
    'Bu kod yanlış, süresi dolmuş ya da yerine daha yeni bir kod gönderilmiş. En son e‑postayı kontrol edip tekrar deneyin.',
  'error.verificationCode.exhausted':
    'Çok fazla yanlış kod girildi. Aşağıdan yeni bir kod isteyin, ardından en son kodu girin.',
  'flash.verifyResent': 'Yeni bir kod yolda. Yalnızca en son kod geçerlidir.',
  'flash.verifyResendCapped':
    'Bugün bu adrese daha fazla kod gönderemiyoruz. Aldığınız en son kodu kullanın veya yarın tekrar deneyin.',
  'flash.verifyStart': 'Lütfen kaydınızı yeniden başlatın.',
  'flash.accountVerified': 'E‑posta adresiniz doğrulandı. Hesabınız hazır.',
  'done.title': 'Hesabınız hazır',
  'done.text':
    'Şimdi kaydolduğunuz uygulamada kullanıcı adınız veya e‑posta adresiniz ve şifrenizle oturum açın.',
  'username.title': 'Kullanıcı adınızı seçin',
  'username.intro':
    'E‑posta adresiniz doğrulandı. Şimdi oturum açarken kullanacağınız kullanıcı adını seçin.',
  'username.submit': 'Kullanıcı adını kaydet',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'Oturum açma tamamlanamadı',
  'signin.failed.text':
    'Oturum açma yanıtı geçerli değildi veya daha önce kullanılmıştı. Oturumunuz açılmadı. Lütfen oturum açma sayfasından yeniden başlayın.',
  'signin.expired.title': 'Oturumunuz sona erdi',
  'signin.expired.text': 'Güvenliğiniz için oturumunuz kapatıldı. Lütfen yeniden oturum açın.',
  'signout.button': 'Oturumu kapat',
  'signedOut.title': 'Oturumunuz kapatıldı',
  'signedOut.text': 'Bu cihazdaki oturumunuz sona erdi.',
  'signedOut.again': 'Yeniden oturum aç',
  'signon.title': 'Oturum açın',
  'signon.intro': 'Kullanıcı adınız veya e‑posta adresiniz ve şifrenizle oturum açın.',
  'signon.submit': 'Oturum aç',
  'signon.forgotLink': 'Şifrenizi mi unuttunuz?',
  'signon.changeLink': 'Oturum açmadan şifre değiştir',
  'signon.registerLink': 'Hesap oluştur',
  'error.signon.credentials': 'Kullanıcı adı veya şifre yanlış.',
  'error.signon.locked':
    'Çok fazla başarısız deneme yapıldı. {count} dakika sonra tekrar deneyebilirsiniz.',
  'error.signon.locked|one':
    'Çok fazla başarısız deneme yapıldı. {count} dakika sonra tekrar deneyebilirsiniz.',
  'error.signon.code': 'Kod yanlış veya süresi dolmuş.',
  'signon.newPassword.title': 'Yeni bir şifre belirleyin',
  'signon.newPassword.mustChange':
    'Şifreniz sıfırlandı. Devam etmek için yeni bir şifre belirleyin.',
  'signon.newPassword.expired':
    'Şifrenizin süresi doldu. Devam etmek için yeni bir şifre belirleyin.',
  'signon.newPassword.submit': 'Kaydet ve devam et',
  'signon.forgot.title': 'Şifrenizi sıfırlayın',
  'signon.forgot.intro':
    'Kullanıcı adınızı veya e‑posta adresinizi girin. Eşleşen bir hesap varsa o hesaba e‑postayla bir kod göndeririz.',
  'signon.forgot.submit': 'Kod gönder',
  'signon.recover.title': 'Kodu girin',
  'signon.recover.intro':
    'Eşleşen bir hesap varsa hesabın e‑posta adresine bir kod gönderdik. Kodu yeni bir şifreyle birlikte girin.',
  'signon.recover.submit': 'Şifreyi sıfırla ve oturum aç',
  'signon.back': 'Oturum açma sayfasına dön',
  'flash.signonRestart':
    'Bu oturum açma işlemi çok uzun sürdü veya zaten tamamlanmıştı. Lütfen yeniden oturum açın.',
  'signon.unsupported':
    'Bu oturum açma adımı bu sayfada tamamlanamıyor. Lütfen destek ekibiyle iletişime geçin.',
  'account.title': 'Hesabınız',
  'account.intro': 'Bilgilerinizi kontrol edin ve güncelleyin.',
  'account.submit': 'Değişiklikleri kaydet',
  'account.username': 'Kullanıcı adı',
  'account.usernameHint': 'Kullanıcı adınız değiştirilemez.',
  'field.givenName': 'Ad',
  'field.familyName': 'Soyadı',
  'field.preferredLanguage': 'Tercih edilen dil',
  'field.noPreference': 'Tercih yok',
  'account.reauth':
    'Güvenliğiniz için e‑posta adresinizi değiştirmeden önce lütfen yeniden oturum açın.',
  'flash.accountSaved': 'Bilgileriniz kaydedildi.',
  'account.nav.label': 'Hesap',
  'account.nav.profile': 'Bilgiler',
  'account.nav.password': 'Şifre',
  'account.nav.sessions': 'Oturumlar',
  'accountPassword.title': 'Şifrenizi değiştirin',
  'accountPassword.intro': 'Mevcut şifrenizi girin, ardından yeni bir şifre belirleyin.',
  'accountPassword.submit': 'Şifreyi değiştir',
  'error.currentPassword': 'Mevcut şifre yanlış.',
  'flash.accountPasswordChanged': 'Şifreniz değiştirildi.',
  'sessions.title': 'Oturumlarınız',
  'sessions.intro': 'Oturumunuzun açık olduğu yerler bunlardır.',
  'sessions.current': 'Bu oturum',
  'sessions.browser': 'Tarayıcı',
  'sessions.lastSignOn': 'Son oturum açma',
  'sessions.place': 'Konum',
  'sessions.unknown': 'Bilinmiyor',
  'sessions.signOutOthers': 'Diğer her yerde oturumu kapat',
  'flash.sessionsEnded': 'Diğer {count} oturumunuz kapatıldı.',
  'flash.sessionsEnded|one': 'Diğer {count} oturumunuz kapatıldı.',
  'home.signedIn.title': 'Hoş geldiniz, {name}',
  'home.account.title': 'Hesabınız',
  'home.account.text': 'Bilgilerinizi görün ve değiştirin.',
  'home.accountPassword.text': 'Şifrenizi değiştirin.',
  'home.sessions.text': 'Nerelerde oturum açtığınızı görün.',
  'home.signin.title': 'Oturum açın',
  'home.signin.text': 'Hesabınızı görmek ve değiştirmek için oturum açın.',
  'done.registered.title': 'Hesabınız oluşturuldu',
  'done.registered.text': 'Artık kullanıcı adınız ve şifrenizle oturum açabilirsiniz.',
  'done.recovered.title': 'Şifreniz sıfırlandı',
  'done.recovered.text': 'Yeni şifrenizle oturum açın. Sıfırlama kodu artık geçerli değil.',
  'done.changed.title': 'Şifreniz değiştirildi',
  'done.changed.text': 'Bir sonraki oturum açışınızda yeni şifrenizi kullanın.',
  'done.signIn': 'Oturum aç',
  'done.home': 'Ana sayfaya git',
  'nav.back': 'Geri',
  'change.forgot': 'Mevcut şifrenizi mi unuttunuz?',
  'flash.sessionExpiredForm':
    'Oturumunuzun süresi dolduğu için hiçbir şey gönderilmedi. Formu kontrol edip tekrar gönderin (şifreleri ve kodları yeniden yazmanız gerekir).',
  'policy.submitOnly': '(gönderdiğinizde kontrol edilir)',
  'error.password.policyMarked':
    '✗ ile işaretlenen {count} gereksinimi karşılayan bir şifre seçin.',
  'error.password.policyMarked|one': '✗ ile işaretlenen gereksinimi karşılayan bir şifre seçin.',
  'strength.label': 'Güç:',
  'strength.score0':
    'tahmin edilmesi çok kolay. Birbiriyle ilgisiz üç veya dört kelimeden oluşan bir şifre deneyin.',
  'strength.score1':
    'tahmin edilmesi kolay. Daha uzun bir şifre veya birkaç ilgisiz kelime çok daha güçlüdür.',
  'strength.score2': 'tahmin edilmesi oldukça zor. Bir kelime daha eklerseniz çok daha zor olur.',
  'strength.score3': 'tahmin edilmesi zor.',
  'strength.score4': 'tahmin edilmesi çok zor.',
  'recover.sentTo':
    '{identifier} ile eşleşen bir hesap varsa, o hesabın e‑posta adresine bir sıfırlama kodu gönderdik.',
  'recover.resendWait': '{count} saniye sonra yeni bir kod isteyebilirsiniz.',
  'recover.resendWait|one': '{count} saniye sonra yeni bir kod isteyebilirsiniz.',
  'flash.resendCooldown|one': 'Başka bir kod istemeden önce lütfen {count} saniye bekleyin.',
  'error.username.required': 'Bir kullanıcı adı girin',
  'error.email.required': 'E‑posta adresinizi girin',
  'error.password.required': 'Bir şifre girin',
  'error.newPassword.required': 'Yeni bir şifre girin',
  'error.confirmPassword.required': 'Şifreyi tekrar girin',
  'error.confirmNewPassword.required': 'Yeni şifreyi tekrar girin',
  'error.currentPassword.required': 'Mevcut şifrenizi girin',
  'error.recoveryCode.required': 'E‑postadaki kodu girin',
  'error.identifier.required': 'Kullanıcı adınızı veya e‑posta adresinizi girin',
  'error.signonPassword.required': 'Şifrenizi girin',
  'error.givenName.required': 'Adınızı girin',
  'error.familyName.required': 'Soyadınızı girin',
  'error.verificationCode.required': 'E‑postadaki kodu girin',
  'error.preferredLanguage.invalid': 'Listeden bir dil seçin',
  'error.titlePrefix': 'Hata: ',
  'error.action.recover': 'Şifrenizi sıfırlayın',
  'policy.headingRegister': 'Şifreniz:',
  'policy.rule.upper|one': 'en az {count} büyük harf içermeli (A–Z)',
  'policy.rule.lower|one': 'en az {count} küçük harf içermeli (a–z)',
  'policy.rule.digit|one': 'en az {count} rakam içermeli (0–9)',
  'errorPage.rateLimited.text|one': 'Tekrar denemeden önce lütfen {count} dakika bekleyin.',
  'password.showShort': 'Göster',
  'password.hideShort': 'Gizle',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'E‑posta adresinizi doğrulayın',
  'signon.verify.intro':
    'Hesabınızın e‑posta adresinin doğrulanması bekleniyor. Oturum açmayı tamamlamak için size gönderdiğimiz kodu girin.',
  'signon.verify.submit': 'Doğrula ve oturum aç',
  'signon.verify.restart': 'Başka bir hesapla oturum aç',
  'accountEmail.title': 'E‑posta adresinizi doğrulayın',
  'accountEmail.intro':
    'Aşağıdaki adrese bir kod gönderdik. Adresi doğrulamak için kodu girin. Siz doğrulayana kadar adres doğrulanmamış olarak işaretli kalır.',
  'accountEmail.submit': 'Adresi doğrula',
  'accountEmail.back': 'Hesabınıza dönün',
  'accountEmail.unverified': 'Bu adres henüz doğrulanmadı.',
  'accountEmail.confirmLink': 'Şimdi doğrulayın',
  'flash.emailChangePending':
    'Bilgileriniz kaydedildi. Yeni adresinizi doğrulamak için bu adrese gönderdiğimiz kodu girin.',
  'flash.emailVerified': 'E‑posta adresiniz doğrulandı.',
  'continue.app': 'Uygulamaya devam et',
};
