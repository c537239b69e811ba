/**
 * Japanese catalogue (ja). Glossary (the terms every page and e-mail uses):
 * account = アカウント; password = パスワード; code = コード; sign in = ログイン;
 * sign out = ログアウト; e-mail address = メールアドレス (an e-mail = メール); username = ユーザー名;
 * verification code = 確認コード; recovery code = 再設定用コード (reset the password = パスワードを再設定).
 * Verify/confirm = 確認, as in the PingOne Local e-mails. Register: です/ます. Punctuation: 。、？
 * and the full-width colon “：” as in the e-mails. Plural forms: other only (no `|…` keys).
 */
// Declared as Record<string, string> (not Record<MessageKey, string>): Japanese has no `|one`
// variants; every other key of en.ts is present, in the same order.
export const ja: Record<string, string> = {
  'layout.skip': 'メインコンテンツへスキップ',
  'layout.language': '言語',
  'layout.languageSubmit': '変更',
  'layout.home': 'ホーム',
  'layout.footer':
    'パスワードは当社のIDプロバイダーでのみ保管され、このサイトで保管されることはありません。',

  'home.title': 'アカウントの管理',
  'home.intro': 'ご希望の操作を選んでください。',
  'home.register.title': 'アカウントの作成',
  'home.register.text': '初めての方は、メールアドレスとパスワードで登録してください。',
  'home.change.title': 'パスワードの変更',
  'home.change.text': '現在のパスワードがわかっていて、新しいパスワードに変更したい場合。',
  'home.forgot.title': 'パスワードをお忘れですか？',
  'home.forgot.text': '再設定用コードをメールで受け取り、新しいパスワードを設定します。',

  'field.username': 'ユーザー名',
  'field.usernameOrEmail': 'ユーザー名またはメールアドレス',
  'field.email': 'メールアドレス',
  'field.password': 'パスワード',
  'field.newPassword': '新しいパスワード',
  'field.confirmPassword': 'パスワード（確認）',
  'field.confirmNewPassword': '新しいパスワード（確認）',
  'field.currentPassword': '現在のパスワード',
  'field.population': 'アカウントの種類',
  'field.recoveryCode': '再設定用コード',
  'field.optionalChoose': '選択してください…',

  'hint.username': '128文字以内。ログインに使用します。',
  'hint.email': 'パスワードの再設定用コードはこのアドレスに送信されます。',
  'hint.recoveryCode':
    'メールに記載された8文字の英数字です。コードの有効期限は5分です。期限が切れた場合は、新しいコードを送信してください。',

  'password.show': 'パスワードを表示',
  'password.hide': 'パスワードを隠す',

  'policy.heading': '新しいパスワードの条件：',
  'policy.met': '達成',
  'policy.unmet': '未達成',
  'policy.rule.lengthMin': '{min}文字以上であること',
  'policy.rule.lengthMax': '{max}文字以下であること',
  'policy.rule.lengthRange': '{min}文字以上（{max}文字以下）であること',
  'policy.rule.upper': '英大文字（A–Z）を{count}文字以上含むこと',
  'policy.rule.lower': '英小文字（a–z）を{count}文字以上含むこと',
  'policy.rule.digit': '数字（0–9）を{count}文字以上含むこと',
  'policy.rule.special': '次の記号を{count}文字以上含むこと：{set}',
  'policy.rule.maxRepeatedCharacters': '同じ文字を{max}回を超えて連続させないこと',
  'policy.rule.minUniqueCharacters': '{min}種類以上の異なる文字を使うこと',
  'policy.rule.excludesCommonlyUsed': 'よく使われるパスワードではないこと',
  'policy.rule.excludesProfileData': 'ユーザー名やメールアドレスを含まないこと',
  'policy.rule.notSimilarToCurrent': '現在のパスワードと十分に異なること',
  'policy.rule.history': '現在のパスワードや最近使用したパスワードではないこと',
  'policy.rule.minComplexity': '推測されにくいこと（長いパスフレーズが効果的です）',
  'policy.rule.numberSequence': '{max}文字を超える連続した数字（123など）を含まないこと',
  'policy.rule.alphabetSequence': '{max}文字を超える連続した英字（abcなど）を含まないこと',
  'policy.rule.qwertySequence':
    '{max}文字を超えるキーボード上で隣り合うキーの並び（qweなど）を含まないこと',
  'policy.rule.shiftedNumberRowSequence':
    '{max}文字を超える隣り合う記号の並び（!@#など）を含まないこと',
  'policy.rule.other': 'パスワードポリシーを満たすこと',

  'error.summaryTitle': '入力内容に問題があります',
  'error.tooLong': '{max}文字以内で入力してください。',
  'error.username.invalid': '改行や制御文字を含まない1～128文字で入力してください。',
  'error.username.taken':
    'このユーザー名はすでに使われています。別のユーザー名を選ぶか、ご自身のアカウントの場合はパスワードを再設定してください。',
  'error.email.invalid': 'name@example.comのような形式でメールアドレスを入力してください。',
  'error.email.taken':
    'このメールアドレスはすでに登録されています。ご自身のアカウントの場合は、パスワードを再設定してください。',
  'error.identifier.invalid': 'ユーザー名またはメールアドレスを入力してください。',
  'error.password.mismatch': '2つのパスワードが一致しません。',
  'error.password.policy': 'パスワードが要件を満たしていません：{rules}。',
  'error.password.sameAsCurrent':
    '新しいパスワードは、現在のパスワードと異なるものにしてください。',
  'error.password.tooSimilar': '新しいパスワードが現在のパスワードに似すぎています。',
  'error.password.tooYoung':
    'パスワードは変更されたばかりのため、まだ変更できません。しばらくしてからもう一度お試しください。',
  'error.credentials':
    'ユーザー名またはパスワードが正しくないか、このアカウントのパスワードはここでは変更できません（ロックされているか、パスワードがまだ設定されていない可能性があります）。入力内容を確認するか、パスワードを再設定してください。',
  'error.recoveryCode.format': 'コードは8文字の英数字です。',
  'error.recoveryCode.invalid':
    'このコードは無効か、有効期限が切れています。メールを確認するか、新しいコードを送信してください。',
  'error.recoveryCode.exhausted':
    '試行回数が多すぎるため、このコードは使用できなくなりました。セキュリティのため、しばらく（通常は15分）待ってから新しいコードを送信してください。',
  'error.population.invalid': 'いずれかを選択してください。',
  'error.population.domain': 'このメールドメインでは登録できません。',
  'error.registration.refused': '入力された情報ではアカウントを作成できませんでした。',

  'flash.recoveryResent':
    '該当するアカウントがある場合は、新しい再設定用コードを送信しました。有効なのは最新のコードのみです。',
  'flash.resendCooldown': '別のコードをリクエストするまで{count}秒お待ちください。',
  'flash.recoveryStart': 'まず、ユーザー名またはメールアドレスを入力してください。',
  'flash.sessionExpired':
    '一定時間操作がなかったため、セッションの有効期限が切れました。最初からやり直してください。',

  'register.title': 'アカウントの作成',
  'register.intro': 'すべての項目が必須です。',
  'register.submit': 'アカウントを作成',

  'forgot.title': 'パスワードをお忘れですか？',
  'forgot.intro':
    'ユーザー名またはメールアドレスを入力してください。アカウントが見つかった場合は、再設定用コードをメールでお送りします。',
  'forgot.submit': '再設定用コードを送信',

  'recover.title': 'メールで届いたコードを入力',
  'recover.intro': 'コードを入力してから、新しいパスワードを設定してください。',
  'recover.submit': 'パスワードを再設定',
  'recover.resendTitle': 'メールが届かない場合',
  'recover.resendText':
    '迷惑メールフォルダーを確認してください。新しいコードを送信すると、以前のコードは無効になります。',
  'recover.resend': '新しいコードを送信',
  'recover.restart': '別のユーザー名またはメールアドレスを使用',

  'change.title': 'パスワードの変更',
  'change.intro': '現在のパスワードを入力してから、新しいパスワードを設定してください。',
  'change.submit': 'パスワードを変更',

  'errorPage.reference': '参照番号：{id}',
  'errorPage.home': 'ホームページに戻る',
  'errorPage.retry': 'もう一度試す',
  'errorPage.csrf.title': 'このフォームの有効期限が切れました',
  'errorPage.csrf.text':
    'セキュリティのため、前のページに戻り、ページを再読み込みしてから、もう一度フォームを送信してください。',
  'errorPage.rateLimited.title': '試行回数が多すぎます',
  'errorPage.rateLimited.text': '{count}分待ってから、もう一度お試しください。',
  'errorPage.unavailable.title': 'サービスを一時的に利用できません',
  'errorPage.unavailable.text':
    'アカウントサービスに接続できませんでした。変更は行われていません。数分後にもう一度お試しください。',
  'errorPage.storeUnavailable.title': '一時的に利用できません',
  'errorPage.storeUnavailable.text':
    'このサービスは一時的に利用できません。変更は行われていません。1分ほどしてから、もう一度お試しください。',
  'errorPage.badRequest.title': 'リクエストを読み取れませんでした',
  'errorPage.badRequest.text': '前のページに戻り、ページ上のフォームを使用してください。',
  'errorPage.tooLarge.title': 'データが多すぎます',
  'errorPage.tooLarge.text':
    'フォームのデータが受け付けられる量を超えています。入力内容を短くしてください。',
  'errorPage.notFound.title': 'ページが見つかりません',
  'errorPage.notFound.text': 'お探しのページは存在しません。',
  'errorPage.methodNotAllowed.title': '許可されていない操作です',
  'errorPage.methodNotAllowed.text': 'このページはその方法では使用できません。',
  'errorPage.internal.title': '問題が発生しました',
  'errorPage.internal.text':
    '予期しないエラーが発生しました。変更は行われていません。もう一度お試しください。',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': '確認コード',
  'hint.verificationCode':
    'メールに記載された8文字の英数字です。貼り付けもできます。スペースや大文字・小文字の違いは問いません。',
  'verify.title': 'メールを確認してください',
  'verify.intro':
    '{email}に確認コードを送信しました。アカウントを有効にするには、下にコードを入力してください。',
  'verify.introEmailFirst':
    '{email}にコードを送信しました。コードを入力して、パスワードを設定してください。',
  'verify.submit': 'メールアドレスを確認',
  'verify.submitEmailFirst': '次へ',
  'verify.resendTitle': 'メールが届かない場合',
  'verify.resendText':
    '届くまで数分かかることがあります。迷惑メールフォルダーも確認してください。新しいコードをリクエストした場合は、最新のコードのみが有効です。',
  'verify.resend': '新しいコードを送信',
  'verify.restart': '別のメールアドレスを使用',
  'registerEmail.intro': 'メールアドレスを入力してください。確認用のコードをお送りします。',
  'registerEmail.submit': 'コードを送信',
  'error.verificationCode.format': 'コードは8文字の英数字です。',
  'error.verificationCode.invalid':
    'このコードは正しくないか、有効期限が切れているか、新しいコードに置き換えられています。最新のメールを確認して、もう一度お試しください。',
  'error.verificationCode.exhausted':
    '誤ったコードの入力が多すぎます。下から新しいコードをリクエストし、最新のコードを入力してください。',
  'flash.verifyResent': '新しいコードを送信しました。有効なのは最新のコードのみです。',
  'flash.verifyResendCapped':
    '本日はこのアドレスにこれ以上コードを送信できません。受信した最新のコードを使用するか、明日もう一度お試しください。',
  'flash.verifyStart': 'もう一度最初から登録してください。',
  'flash.accountVerified': 'メールアドレスが確認されました。アカウントの準備ができました。',
  'done.title': 'アカウントの準備ができました',
  'done.text':
    '次に、登録したアプリケーションに、ユーザー名またはメールアドレスとパスワードでログインしてください。',
  'username.title': 'ユーザー名の設定',
  'username.intro':
    'メールアドレスが確認されました。次に、ログインに使用するユーザー名を設定してください。',
  'username.submit': 'ユーザー名を保存',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'ログインを完了できませんでした',
  'signin.failed.text':
    'ログインの応答が無効か、すでに使用されています。ログインは完了していません。ログインページからもう一度やり直してください。',
  'signin.expired.title': 'セッションが終了しました',
  'signin.expired.text': 'セキュリティのため、ログアウトしました。もう一度ログインしてください。',
  'signout.button': 'ログアウト',
  'signedOut.title': 'ログアウトしました',
  'signedOut.text': 'このデバイスでのセッションは終了しました。',
  'signedOut.again': 'もう一度ログイン',
  'signon.title': 'ログイン',
  'signon.intro': 'ユーザー名またはメールアドレスとパスワードでログインしてください。',
  'signon.submit': 'ログイン',
  'signon.forgotLink': 'パスワードをお忘れですか？',
  'signon.changeLink': 'ログインせずにパスワードを変更',
  'signon.registerLink': 'アカウントを作成',
  'error.signon.credentials': 'ユーザー名またはパスワードが正しくありません。',
  'error.signon.locked': 'ログインの失敗回数が多すぎます。{count}分後にもう一度お試しください。',
  'error.signon.code': 'コードが正しくないか、有効期限が切れています。',
  'signon.newPassword.title': '新しいパスワードの設定',
  'signon.newPassword.mustChange':
    'パスワードが再設定されました。続行するには、新しいパスワードを設定してください。',
  'signon.newPassword.expired':
    'パスワードの有効期限が切れました。続行するには、新しいパスワードを設定してください。',
  'signon.newPassword.submit': '保存して続行',
  'signon.forgot.title': 'パスワードの再設定',
  'signon.forgot.intro':
    'ユーザー名またはメールアドレスを入力してください。該当するアカウントがある場合は、そのアカウントのメールアドレスにコードをお送りします。',
  'signon.forgot.submit': 'コードを送信',
  'signon.recover.title': 'コードの入力',
  'signon.recover.intro':
    '該当するアカウントがある場合は、そのアカウントのメールアドレスにコードを送信しました。コードと新しいパスワードを入力してください。',
  'signon.recover.submit': 'パスワードを再設定してログイン',
  'signon.back': 'ログインに戻る',
  'flash.signonRestart':
    'ログインに時間がかかりすぎたか、ログインはすでに完了しています。もう一度ログインしてください。',
  'signon.unsupported':
    'このログイン手順は、このページでは完了できません。サポートにお問い合わせください。',
  'account.title': 'アカウント',
  'account.intro': '登録情報を確認・更新できます。',
  'account.submit': '変更を保存',
  'account.username': 'ユーザー名',
  'account.usernameHint': 'ユーザー名は変更できません。',
  'field.givenName': '名',
  'field.familyName': '姓',
  'field.preferredLanguage': '優先言語',
  'field.noPreference': '指定なし',
  'account.reauth':
    'セキュリティのため、メールアドレスを変更する前にもう一度ログインしてください。',
  'flash.accountSaved': '登録情報を保存しました。',
  'account.nav.label': 'アカウント',
  'account.nav.profile': '登録情報',
  'account.nav.password': 'パスワード',
  'account.nav.sessions': 'セッション',
  'accountPassword.title': 'パスワードの変更',
  'accountPassword.intro': '現在のパスワードを入力してから、新しいパスワードを設定してください。',
  'accountPassword.submit': 'パスワードを変更',
  'error.currentPassword': '現在のパスワードが正しくありません。',
  'flash.accountPasswordChanged': 'パスワードを変更しました。',
  'sessions.title': 'ログイン中のセッション',
  'sessions.intro': '現在ログインしている場所の一覧です。',
  'sessions.current': 'このセッション',
  'sessions.browser': 'ブラウザー',
  'sessions.lastSignOn': '最終ログイン',
  'sessions.place': '場所',
  'sessions.unknown': '不明',
  'sessions.signOutOthers': '他のすべての場所からログアウト',
  'flash.sessionsEnded': '他の{count}件のセッションからログアウトしました。',
  'home.signedIn.title': 'ようこそ、{name}さん',
  'home.account.title': 'アカウント',
  'home.account.text': '登録情報を確認・変更します。',
  'home.accountPassword.text': 'パスワードを変更します。',
  'home.sessions.text': 'ログインしている場所を確認します。',
  'home.signin.title': 'ログイン',
  'home.signin.text': 'ログインすると、アカウントを確認・変更できます。',
  'done.registered.title': 'アカウントを作成しました',
  'done.registered.text': 'ユーザー名とパスワードでログインできるようになりました。',
  'done.recovered.title': 'パスワードを再設定しました',
  'done.recovered.text':
    '新しいパスワードでログインしてください。再設定用コードは使用できなくなりました。',
  'done.changed.title': 'パスワードを変更しました',
  'done.changed.text': '次回のログインから、新しいパスワードを使用してください。',
  'done.signIn': 'ログイン',
  'done.home': 'ホームページへ',
  'nav.back': '戻る',
  'change.forgot': '現在のパスワードをお忘れですか？',
  'flash.sessionExpiredForm':
    'セッションがタイムアウトしたため、何も送信されていません。フォームを確認して、もう一度送信してください（パスワードとコードは再入力が必要です）。',
  'policy.submitOnly': '（送信時に確認されます）',
  'error.password.policyMarked': '✗の付いた{count}件の条件を満たすパスワードを設定してください。',
  'strength.label': '強度：',
  'strength.score0':
    'とても推測されやすいです。無関係な単語を3～4個並べたパスフレーズをお試しください。',
  'strength.score1':
    '推測されやすいです。もっと長いパスワードや、無関係な単語をいくつか並べたものは、はるかに強力です。',
  'strength.score2':
    'やや推測されにくいです。単語をもう1つ加えると、はるかに推測されにくくなります。',
  'strength.score3': '推測されにくいです。',
  'strength.score4': '非常に推測されにくいです。',
  'recover.sentTo':
    '{identifier}に該当するアカウントがある場合は、そのアカウントのメールアドレスに再設定用コードを送信しました。',
  'recover.resendWait': '{count}秒後に新しいコードをリクエストできます。',
  'error.username.required': 'ユーザー名を入力してください',
  'error.email.required': 'メールアドレスを入力してください',
  'error.password.required': 'パスワードを入力してください',
  'error.newPassword.required': '新しいパスワードを入力してください',
  'error.confirmPassword.required': 'パスワードをもう一度入力してください',
  'error.confirmNewPassword.required': '新しいパスワードをもう一度入力してください',
  'error.currentPassword.required': '現在のパスワードを入力してください',
  'error.recoveryCode.required': 'メールに記載されたコードを入力してください',
  'error.identifier.required': 'ユーザー名またはメールアドレスを入力してください',
  'error.signonPassword.required': 'パスワードを入力してください',
  'error.givenName.required': '名を入力してください',
  'error.familyName.required': '姓を入力してください',
  'error.verificationCode.required': 'メールに記載されたコードを入力してください',
  'error.preferredLanguage.invalid': 'リストから言語を選択してください',
  'error.titlePrefix': 'エラー：',
  'error.action.recover': 'パスワードを再設定',
  'policy.headingRegister': 'パスワードの条件：',
  'password.showShort': '表示',
  'password.hideShort': '非表示',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'メールアドレスの確認',
  'signon.verify.intro':
    'お使いのアカウントは、メールアドレスの確認が完了していません。ログインを完了するには、お送りしたコードを入力してください。',
  'signon.verify.submit': '確認してログイン',
  'signon.verify.restart': '別のアカウントでログイン',
  'accountEmail.title': 'メールアドレスの確認',
  'accountEmail.intro':
    '下記のアドレスにコードを送信しました。アドレスを確認するには、コードを入力してください。確認が完了するまで、このアドレスは未確認として表示されます。',
  'accountEmail.submit': 'アドレスを確認',
  'accountEmail.back': 'アカウントに戻る',
  'accountEmail.unverified': 'このアドレスはまだ確認されていません。',
  'accountEmail.confirmLink': '今すぐ確認',
  'flash.emailChangePending':
    '登録情報を保存しました。新しいアドレスに送信したコードを入力して、アドレスを確認してください。',
  'flash.emailVerified': 'メールアドレスが確認されました。',
  'continue.app': 'アプリケーションに進む',
};
