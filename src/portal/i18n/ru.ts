/**
 * Russian catalogue (ru). Glossary (the terms every page and e-mail uses):
 * account = учётная запись; password = пароль; code = код; sign in = войти (noun: вход);
 * sign out = выйти (noun: выход); e-mail address = адрес электронной почты
 * (the message: письмо); username = имя пользователя; verification code = код подтверждения
 * (verify/confirm = подтвердить); recovery code = код для восстановления пароля
 * (short label: код восстановления; reset a password = сбросить пароль); session = сеанс.
 * Register: formal "вы" (lower case, as in Russian web services and PingOne Local's e-mails);
 * past forms with "вы" are plural, so no gendered wording. "ё" is written throughout.
 * Plurals: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…); the base key is CLDR
 * "other" (fractions, genitive singular). Texts with {min}/{max} (no plural choice) use
 * "не менее/не более" + genitive plural, correct for every number except those ending in 1.
 */
export const ru: Record<string, string> = {
  'layout.skip': 'Перейти к основному содержимому',
  'layout.language': 'Язык',
  'layout.languageSubmit': 'Изменить',
  'layout.home': 'Главная',
  'layout.footer':
    'Ваш пароль хранится только у нашего поставщика удостоверений и никогда — на этом сайте.',

  'home.title': 'Управление учётной записью',
  'home.intro': 'Что вы хотите сделать?',
  'home.register.title': 'Создать учётную запись',
  'home.register.text':
    'Впервые здесь? Зарегистрируйтесь, указав адрес электронной почты и пароль.',
  'home.change.title': 'Сменить пароль',
  'home.change.text': 'Вы знаете текущий пароль и хотите задать новый.',
  'home.forgot.title': 'Забыли пароль?',
  'home.forgot.text':
    'Получите по электронной почте код для восстановления пароля и задайте новый пароль.',

  'field.username': 'Имя пользователя',
  'field.usernameOrEmail': 'Имя пользователя или адрес электронной почты',
  'field.email': 'Адрес электронной почты',
  'field.password': 'Пароль',
  'field.newPassword': 'Новый пароль',
  'field.confirmPassword': 'Подтвердите пароль',
  'field.confirmNewPassword': 'Подтвердите новый пароль',
  'field.currentPassword': 'Текущий пароль',
  'field.population': 'Тип учётной записи',
  'field.recoveryCode': 'Код восстановления',
  'field.optionalChoose': 'Выберите…',

  'hint.username': 'Не более 128 символов. Оно понадобится для входа.',
  'hint.email': 'На этот адрес мы отправляем коды для восстановления пароля.',
  'hint.recoveryCode':
    'Код из письма: 8 букв и цифр. Код действует 5 минут: если срок его действия истёк, отправьте новый.',

  'password.show': 'Показать пароль',
  'password.hide': 'Скрыть пароль',

  'policy.heading': 'Новый пароль должен:',
  'policy.met': 'выполнено',
  'policy.unmet': 'ещё не выполнено',
  'policy.rule.lengthMin': 'содержать не менее {min} символов',
  'policy.rule.lengthMax': 'содержать не более {max} символов',
  'policy.rule.lengthRange': 'содержать не менее {min} символов (но не более {max})',
  'policy.rule.upper': 'содержать не менее {count} заглавной буквы (A–Z)',
  'policy.rule.lower': 'содержать не менее {count} строчной буквы (a–z)',
  'policy.rule.digit': 'содержать не менее {count} цифры (0–9)',
  'policy.rule.special': 'содержать не менее {count} из этих символов: {set}',
  'policy.rule.maxRepeatedCharacters': 'не содержать один и тот же символ более {max} раз подряд',
  'policy.rule.minUniqueCharacters': 'содержать не менее {min} разных символов',
  'policy.rule.excludesCommonlyUsed': 'не быть распространённым паролем',
  'policy.rule.excludesProfileData':
    'не содержать ваше имя пользователя или адрес электронной почты',
  'policy.rule.notSimilarToCurrent': 'заметно отличаться от текущего пароля',
  'policy.rule.history': 'не совпадать с текущим или недавно использованным паролем',
  'policy.rule.minComplexity':
    'быть трудным для угадывания (помогают более длинные парольные фразы)',
  'policy.rule.numberSequence': 'не содержать более {max} последовательных цифр (например, 123)',
  'policy.rule.alphabetSequence': 'не содержать более {max} последовательных букв (например, abc)',
  'policy.rule.qwertySequence': 'не содержать более {max} соседних клавиш подряд (например, qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'не содержать более {max} соседних символов подряд (например, !@#)',
  'policy.rule.other': 'соответствовать политике паролей',

  'error.summaryTitle': 'Возникла проблема',
  'error.tooLong': 'Используйте не более {max} символов.',
  'error.username.invalid':
    'Используйте от 1 до 128 символов без переносов строк и управляющих символов.',
  'error.username.taken':
    'Это имя пользователя уже занято. Выберите другое или восстановите пароль, если это ваша учётная запись.',
  'error.email.invalid': 'Введите адрес электронной почты в формате name@example.com.',
  'error.email.taken':
    'Этот адрес электронной почты уже зарегистрирован. Если это ваша учётная запись, восстановите пароль.',
  'error.identifier.invalid': 'Введите имя пользователя или адрес электронной почты.',
  'error.password.mismatch': 'Пароли не совпадают.',
  'error.password.policy': 'Пароль не соответствует требованиям: {rules}.',
  'error.password.sameAsCurrent': 'Новый пароль должен отличаться от текущего.',
  'error.password.tooSimilar': 'Новый пароль слишком похож на текущий.',
  'error.password.tooYoung':
    'Пароль был изменён слишком недавно, чтобы менять его снова. Повторите попытку позже.',
  'error.credentials':
    'Неверное имя пользователя или пароль, либо для этой учётной записи здесь нельзя сменить пароль (возможно, она заблокирована или у неё ещё нет пароля). Проверьте введённые данные или восстановите пароль.',
  'error.recoveryCode.format': 'Код состоит из 8 букв и цифр.',
  'error.recoveryCode.invalid':
    'Этот код недействителен или срок его действия истёк. Проверьте письмо или отправьте новый код.',
  'error.recoveryCode.exhausted':
    'Этот код больше не действует: было слишком много попыток. В целях безопасности подождите немного (обычно 15 минут), а затем отправьте новый код.',
  'error.population.invalid': 'Выберите один из вариантов.',
  'error.population.domain': 'Регистрация с адресами этого почтового домена недоступна.',
  'error.registration.refused': 'Не удалось создать учётную запись с этими данными.',

  'flash.recoveryResent':
    'Если такая учётная запись существует, новый код для восстановления пароля уже отправлен. Действует только последний код.',
  'flash.resendCooldown': 'Подождите {count} секунды, прежде чем запрашивать новый код.',
  'flash.recoveryStart': 'Для начала укажите имя пользователя или адрес электронной почты.',
  'flash.sessionExpired': 'Сеанс истёк из-за отсутствия активности. Начните заново.',

  'register.title': 'Создание учётной записи',
  'register.intro': 'Все поля обязательны для заполнения.',
  'register.submit': 'Создать учётную запись',

  'forgot.title': 'Забыли пароль?',
  'forgot.intro':
    'Введите имя пользователя или адрес электронной почты. Если мы найдём вашу учётную запись, то отправим вам письмо с кодом для восстановления пароля.',
  'forgot.submit': 'Отправить код восстановления',

  'recover.title': 'Введите код из письма',
  'recover.intro': 'Введите код, а затем задайте новый пароль.',
  'recover.submit': 'Сбросить пароль',
  'recover.resendTitle': 'Письмо не пришло?',
  'recover.resendText': 'Проверьте папку «Спам». Новый код заменяет предыдущий.',
  'recover.resend': 'Отправить новый код',
  'recover.restart': 'Указать другое имя пользователя или адрес электронной почты',

  'change.title': 'Смена пароля',
  'change.intro': 'Введите текущий пароль, а затем задайте новый.',
  'change.submit': 'Сменить пароль',

  'errorPage.reference': 'Идентификатор запроса: {id}',
  'errorPage.home': 'Вернуться на главную страницу',
  'errorPage.retry': 'Повторить попытку',
  'errorPage.csrf.title': 'Срок действия формы истёк',
  'errorPage.csrf.text':
    'В целях безопасности вернитесь назад, обновите страницу и отправьте форму ещё раз.',
  'errorPage.rateLimited.title': 'Слишком много попыток',
  'errorPage.rateLimited.text': 'Подождите {count} минуты, прежде чем повторить попытку.',
  'errorPage.unavailable.title': 'Сервис временно недоступен',
  'errorPage.unavailable.text':
    'Не удалось связаться со службой учётных записей. Ничего не изменено. Повторите попытку через несколько минут.',
  'errorPage.storeUnavailable.title': 'Временно недоступно',
  'errorPage.storeUnavailable.text':
    'Этот сервис временно недоступен. Ничего не изменено. Повторите попытку через минуту.',
  'errorPage.badRequest.title': 'Не удалось обработать запрос',
  'errorPage.badRequest.text': 'Вернитесь назад и воспользуйтесь формой на странице.',
  'errorPage.tooLarge.title': 'Слишком много данных',
  'errorPage.tooLarge.text':
    'Форма содержит больше данных, чем мы принимаем. Сократите введённый текст.',
  'errorPage.notFound.title': 'Страница не найдена',
  'errorPage.notFound.text': 'Запрошенная страница не существует.',
  'errorPage.methodNotAllowed.title': 'Действие недопустимо',
  'errorPage.methodNotAllowed.text': 'Эту страницу нельзя использовать таким образом.',
  'errorPage.internal.title': 'Что-то пошло не так',
  'errorPage.internal.text':
    'Произошла непредвиденная ошибка. Ничего не изменено. Повторите попытку.',
  // Подтверждение адреса электронной почты и регистрация, начинающаяся с адреса.
  'field.verificationCode': 'Код подтверждения',
  'hint.verificationCode':
    'Код из письма: 8 букв и цифр. Его можно вставить; пробелы и регистр букв не важны.',
  'verify.title': 'Проверьте почту',
  'verify.intro':
    'Мы отправили код подтверждения на адрес {email}. Введите его ниже, чтобы активировать учётную запись.',
  'verify.introEmailFirst': 'Мы отправили код на адрес {email}. Введите его и задайте пароль.',
  'verify.submit': 'Подтвердить адрес электронной почты',
  'verify.submitEmailFirst': 'Продолжить',
  'verify.resendTitle': 'Письмо не пришло?',
  'verify.resendText':
    'Доставка может занять несколько минут. Проверьте папку «Спам». Если вы запросите новый код, действовать будет только последний.',
  'verify.resend': 'Отправить новый код',
  'verify.restart': 'Указать другой адрес электронной почты',
  'registerEmail.intro':
    'Введите адрес электронной почты. Мы отправим на него код, чтобы подтвердить адрес.',
  'registerEmail.submit': 'Отправить мне код',
  'error.verificationCode.format': 'Код состоит из 8 букв и цифр.',
  'error.verificationCode.invalid':
    'Код неверен, срок его действия истёк или он заменён более новым. Проверьте последнее письмо и повторите попытку.',
  'error.verificationCode.exhausted':
    'Слишком много неверных кодов. Запросите новый код ниже, а затем введите последний полученный.',
  'flash.verifyResent': 'Новый код отправлен. Действует только последний код.',
  'flash.verifyResendCapped':
    'Сегодня мы больше не можем отправлять коды на этот адрес. Используйте последний полученный код или повторите попытку завтра.',
  'flash.verifyStart': 'Начните регистрацию заново.',
  'flash.accountVerified': 'Адрес электронной почты подтверждён. Ваша учётная запись готова.',
  'done.title': 'Учётная запись готова',
  'done.text':
    'Теперь войдите в приложение, для которого вы регистрировались, указав имя пользователя или адрес электронной почты и пароль.',
  'username.title': 'Выберите имя пользователя',
  'username.intro':
    'Адрес электронной почты подтверждён. Теперь выберите имя пользователя, с которым вы будете входить.',
  'username.submit': 'Сохранить имя пользователя',
  // Вход, страница входа и раздел учётной записи (issue 12).
  'signin.failed.title': 'Не удалось выполнить вход',
  'signin.failed.text':
    'Ответ на запрос входа недействителен или уже был использован. Вход не выполнен. Начните заново со страницы входа.',
  'signin.expired.title': 'Сеанс завершён',
  'signin.expired.text': 'В целях безопасности был выполнен выход из системы. Войдите снова.',
  'signout.button': 'Выйти',
  'signedOut.title': 'Вы вышли из системы',
  'signedOut.text': 'Сеанс на этом устройстве завершён.',
  'signedOut.again': 'Войти снова',
  'signon.title': 'Вход',
  'signon.intro': 'Войдите, указав имя пользователя или адрес электронной почты и пароль.',
  'signon.submit': 'Войти',
  'signon.forgotLink': 'Забыли пароль?',
  'signon.changeLink': 'Сменить пароль без входа',
  'signon.registerLink': 'Создать учётную запись',
  'error.signon.credentials': 'Неверное имя пользователя или пароль.',
  'error.signon.locked':
    'Слишком много неудачных попыток. Повторить попытку можно через {count} минуты.',
  'error.signon.locked|one':
    'Слишком много неудачных попыток. Повторить попытку можно через {count} минуту.',
  'error.signon.locked|few':
    'Слишком много неудачных попыток. Повторить попытку можно через {count} минуты.',
  'error.signon.locked|many':
    'Слишком много неудачных попыток. Повторить попытку можно через {count} минут.',
  'error.signon.code': 'Код неверен или срок его действия истёк.',
  'signon.newPassword.title': 'Задайте новый пароль',
  'signon.newPassword.mustChange': 'Ваш пароль был сброшен. Чтобы продолжить, задайте новый.',
  'signon.newPassword.expired': 'Срок действия пароля истёк. Чтобы продолжить, задайте новый.',
  'signon.newPassword.submit': 'Сохранить и продолжить',
  'signon.forgot.title': 'Сброс пароля',
  'signon.forgot.intro':
    'Введите имя пользователя или адрес электронной почты. Если такая учётная запись существует, мы отправим код на её адрес электронной почты.',
  'signon.forgot.submit': 'Отправить код',
  'signon.recover.title': 'Введите код',
  'signon.recover.intro':
    'Если такая учётная запись существует, мы отправили код на её адрес электронной почты. Введите его вместе с новым паролем.',
  'signon.recover.submit': 'Сбросить пароль и войти',
  'signon.back': 'Вернуться ко входу',
  'flash.signonRestart': 'Вход занял слишком много времени или уже был завершён. Войдите снова.',
  'signon.unsupported':
    'Этот шаг входа нельзя выполнить на этой странице. Обратитесь в службу поддержки.',
  'account.title': 'Ваша учётная запись',
  'account.intro': 'Проверьте и обновите свои данные.',
  'account.submit': 'Сохранить изменения',
  'account.username': 'Имя пользователя',
  'account.usernameHint': 'Имя пользователя изменить нельзя.',
  'field.givenName': 'Имя',
  'field.familyName': 'Фамилия',
  'field.preferredLanguage': 'Предпочитаемый язык',
  'field.noPreference': 'Не выбран',
  'account.reauth':
    'В целях безопасности войдите снова, прежде чем менять адрес электронной почты.',
  'flash.accountSaved': 'Данные сохранены.',
  'account.nav.label': 'Учётная запись',
  'account.nav.profile': 'Данные',
  'account.nav.password': 'Пароль',
  'account.nav.sessions': 'Сеансы',
  'accountPassword.title': 'Смена пароля',
  'accountPassword.intro': 'Введите текущий пароль, а затем задайте новый.',
  'accountPassword.submit': 'Сменить пароль',
  'error.currentPassword': 'Неверный текущий пароль.',
  'flash.accountPasswordChanged': 'Пароль изменён.',
  'sessions.title': 'Ваши сеансы',
  'sessions.intro': 'Здесь показано, где выполнен вход в вашу учётную запись.',
  'sessions.current': 'Этот сеанс',
  'sessions.browser': 'Браузер',
  'sessions.lastSignOn': 'Последний вход',
  'sessions.place': 'Местоположение',
  'sessions.unknown': 'Неизвестно',
  'sessions.signOutOthers': 'Выйти из всех остальных сеансов',
  'flash.sessionsEnded': 'Вы вышли из {count} другого сеанса.',
  'flash.sessionsEnded|one': 'Вы вышли из {count} другого сеанса.',
  'flash.sessionsEnded|few': 'Вы вышли из {count} других сеансов.',
  'flash.sessionsEnded|many': 'Вы вышли из {count} других сеансов.',
  'home.signedIn.title': 'Добро пожаловать, {name}',
  'home.account.title': 'Ваша учётная запись',
  'home.account.text': 'Просмотрите и измените свои данные.',
  'home.accountPassword.text': 'Смените пароль.',
  'home.sessions.text': 'Узнайте, где выполнен вход в вашу учётную запись.',
  'home.signin.title': 'Войти',
  'home.signin.text': 'Войдите, чтобы просматривать и изменять данные учётной записи.',
  'done.registered.title': 'Учётная запись создана',
  'done.registered.text': 'Теперь вы можете войти, используя имя пользователя и пароль.',
  'done.recovered.title': 'Пароль сброшен',
  'done.recovered.text':
    'Войдите с новым паролем. Код для восстановления пароля больше не действует.',
  'done.changed.title': 'Пароль изменён',
  'done.changed.text': 'При следующем входе используйте новый пароль.',
  'done.signIn': 'Войти',
  'done.home': 'Перейти на главную страницу',
  'nav.back': 'Назад',
  'change.forgot': 'Забыли текущий пароль?',
  'flash.sessionExpiredForm':
    'Время сеанса истекло, поэтому ничего не было отправлено. Проверьте форму и отправьте её ещё раз (пароли и коды нужно ввести заново).',
  'policy.submitOnly': '(проверяется при отправке)',
  'error.password.policyMarked':
    'Задайте пароль, который соответствует {count} требованиям, отмеченным ✗.',
  'error.password.policyMarked|one':
    'Задайте пароль, который соответствует {count} требованию, отмеченному ✗.',
  'error.password.policyMarked|few':
    'Задайте пароль, который соответствует {count} требованиям, отмеченным ✗.',
  'error.password.policyMarked|many':
    'Задайте пароль, который соответствует {count} требованиям, отмеченным ✗.',
  'strength.label': 'Надёжность:',
  'strength.score0':
    'очень низкая — такой пароль очень легко угадать. Попробуйте парольную фразу из трёх или четырёх не связанных между собой слов.',
  'strength.score1':
    'низкая — такой пароль легко угадать. Более длинный пароль или несколько не связанных между собой слов гораздо надёжнее.',
  'strength.score2':
    'средняя — такой пароль довольно трудно угадать. Ещё одно слово сделает его гораздо надёжнее.',
  'strength.score3': 'высокая — такой пароль трудно угадать.',
  'strength.score4': 'очень высокая — такой пароль очень трудно угадать.',
  'recover.sentTo':
    'Если существует учётная запись, соответствующая {identifier}, мы отправили код для восстановления пароля на адрес электронной почты этой учётной записи.',
  'recover.resendWait': 'Запросить новый код можно будет через {count} секунды.',
  'recover.resendWait|one': 'Запросить новый код можно будет через {count} секунду.',
  'recover.resendWait|few': 'Запросить новый код можно будет через {count} секунды.',
  'recover.resendWait|many': 'Запросить новый код можно будет через {count} секунд.',
  'flash.resendCooldown|one': 'Подождите {count} секунду, прежде чем запрашивать новый код.',
  'flash.resendCooldown|few': 'Подождите {count} секунды, прежде чем запрашивать новый код.',
  'flash.resendCooldown|many': 'Подождите {count} секунд, прежде чем запрашивать новый код.',
  'error.username.required': 'Введите имя пользователя',
  'error.email.required': 'Введите адрес электронной почты',
  'error.password.required': 'Введите пароль',
  'error.newPassword.required': 'Введите новый пароль',
  'error.confirmPassword.required': 'Введите пароль ещё раз',
  'error.confirmNewPassword.required': 'Введите новый пароль ещё раз',
  'error.currentPassword.required': 'Введите текущий пароль',
  'error.recoveryCode.required': 'Введите код из письма',
  'error.identifier.required': 'Введите имя пользователя или адрес электронной почты',
  'error.signonPassword.required': 'Введите пароль',
  'error.givenName.required': 'Введите имя',
  'error.familyName.required': 'Введите фамилию',
  'error.verificationCode.required': 'Введите код из письма',
  'error.preferredLanguage.invalid': 'Выберите язык из списка',
  'error.titlePrefix': 'Ошибка: ',
  'error.action.recover': 'Восстановить пароль',
  'policy.headingRegister': 'Пароль должен:',
  'policy.rule.upper|one': 'содержать не менее {count} заглавной буквы (A–Z)',
  'policy.rule.upper|few': 'содержать не менее {count} заглавных букв (A–Z)',
  'policy.rule.upper|many': 'содержать не менее {count} заглавных букв (A–Z)',
  'policy.rule.lower|one': 'содержать не менее {count} строчной буквы (a–z)',
  'policy.rule.lower|few': 'содержать не менее {count} строчных букв (a–z)',
  'policy.rule.lower|many': 'содержать не менее {count} строчных букв (a–z)',
  'policy.rule.digit|one': 'содержать не менее {count} цифры (0–9)',
  'policy.rule.digit|few': 'содержать не менее {count} цифр (0–9)',
  'policy.rule.digit|many': 'содержать не менее {count} цифр (0–9)',
  'errorPage.rateLimited.text|one': 'Подождите {count} минуту, прежде чем повторить попытку.',
  'errorPage.rateLimited.text|few': 'Подождите {count} минуты, прежде чем повторить попытку.',
  'errorPage.rateLimited.text|many': 'Подождите {count} минут, прежде чем повторить попытку.',
  'password.showShort': 'Показать',
  'password.hideShort': 'Скрыть',
  // Подтверждение при входе, смена адреса с подтверждением и return_to (issues 11 и 12).
  'signon.verify.title': 'Подтвердите адрес электронной почты',
  'signon.verify.intro':
    'Адрес электронной почты вашей учётной записи ещё не подтверждён. Чтобы завершить вход, введите код, который мы вам отправили.',
  'signon.verify.submit': 'Подтвердить и войти',
  'signon.verify.restart': 'Войти с другой учётной записью',
  'accountEmail.title': 'Подтвердите адрес электронной почты',
  'accountEmail.intro':
    'Мы отправили код на указанный ниже адрес. Введите его, чтобы подтвердить адрес. До этого адрес будет отмечен как неподтверждённый.',
  'accountEmail.submit': 'Подтвердить адрес',
  'accountEmail.back': 'Вернуться к учётной записи',
  'accountEmail.unverified': 'Этот адрес ещё не подтверждён.',
  'accountEmail.confirmLink': 'Подтвердить',
  'flash.emailChangePending':
    'Данные сохранены. Чтобы подтвердить новый адрес, введите код, который мы на него отправили.',
  'flash.emailVerified': 'Адрес электронной почты подтверждён.',
  'continue.app': 'Перейти к приложению',
};
