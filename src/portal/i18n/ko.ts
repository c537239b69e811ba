/**
 * Korean catalogue (ko). Glossary (the terms every page and e-mail uses):
 * account = 계정; password = 비밀번호; code = 코드; sign in = 로그인; sign out = 로그아웃;
 * e-mail address = 이메일 주소 (an e-mail = 이메일); username = 사용자 이름;
 * verification code = 인증 코드; recovery code = 재설정 코드 (reset the password = 비밀번호 재설정).
 * Verify/confirm an address = 인증, as in the PingOne Local e-mails. Register: statements in
 * 합니다체, requests in -세요, as in the e-mails. Placeholders are never followed by a particle whose
 * form depends on the preceding sound (e.g. “{email} 주소로”, “{identifier}에”).
 * Plural forms: other only (no `|…` keys).
 */
// Declared as Record<string, string> (not Record<MessageKey, string>): Korean has no `|one`
// variants; every other key of en.ts is present, in the same order.
export const ko: Record<string, string> = {
  'layout.skip': '본문으로 건너뛰기',
  'layout.language': '언어',
  'layout.languageSubmit': '변경',
  'layout.home': '홈',
  'layout.footer': '비밀번호는 당사 ID 공급자만 보관하며 이 사이트에는 저장되지 않습니다.',

  'home.title': '계정 관리',
  'home.intro': '원하는 작업을 선택하세요.',
  'home.register.title': '계정 만들기',
  'home.register.text': '처음이신가요? 이메일 주소와 비밀번호로 가입하세요.',
  'home.change.title': '비밀번호 변경',
  'home.change.text': '현재 비밀번호를 알고 있고 새 비밀번호로 바꾸려는 경우',
  'home.forgot.title': '비밀번호를 잊으셨나요?',
  'home.forgot.text': '이메일로 재설정 코드를 받아 새 비밀번호를 설정하세요.',

  'field.username': '사용자 이름',
  'field.usernameOrEmail': '사용자 이름 또는 이메일 주소',
  'field.email': '이메일 주소',
  'field.password': '비밀번호',
  'field.newPassword': '새 비밀번호',
  'field.confirmPassword': '비밀번호 확인',
  'field.confirmNewPassword': '새 비밀번호 확인',
  'field.currentPassword': '현재 비밀번호',
  'field.population': '계정 유형',
  'field.recoveryCode': '재설정 코드',
  'field.optionalChoose': '선택하세요…',

  'hint.username': '최대 128자입니다. 로그인할 때 사용합니다.',
  'hint.email': '비밀번호 재설정 코드가 이 주소로 전송됩니다.',
  'hint.recoveryCode':
    '이메일에 있는 영문자와 숫자 8자리입니다. 코드는 5분 동안 유효합니다. 코드가 만료되었다면 새 코드를 요청하세요.',

  'password.show': '비밀번호 표시',
  'password.hide': '비밀번호 숨기기',

  'policy.heading': '새 비밀번호 조건:',
  'policy.met': '충족',
  'policy.unmet': '미충족',
  'policy.rule.lengthMin': '{min}자 이상',
  'policy.rule.lengthMax': '{max}자 이하',
  'policy.rule.lengthRange': '{min}자 이상(최대 {max}자)',
  'policy.rule.upper': '영문 대문자(A–Z) {count}개 이상 포함',
  'policy.rule.lower': '영문 소문자(a–z) {count}개 이상 포함',
  'policy.rule.digit': '숫자(0–9) {count}개 이상 포함',
  'policy.rule.special': '다음 기호 중 {count}개 이상 포함: {set}',
  'policy.rule.maxRepeatedCharacters': '같은 문자를 {max}번 넘게 연속으로 반복하지 않음',
  'policy.rule.minUniqueCharacters': '서로 다른 문자 {min}개 이상 사용',
  'policy.rule.excludesCommonlyUsed': '흔히 사용되는 비밀번호가 아님',
  'policy.rule.excludesProfileData': '사용자 이름이나 이메일 주소를 포함하지 않음',
  'policy.rule.notSimilarToCurrent': '현재 비밀번호와 확실히 다름',
  'policy.rule.history': '현재 비밀번호나 최근에 사용한 비밀번호가 아님',
  'policy.rule.minComplexity': '추측하기 어려움(긴 암호 문구가 도움이 됩니다)',
  'policy.rule.numberSequence': '연속된 숫자(예: 123)를 {max}개 넘게 포함하지 않음',
  'policy.rule.alphabetSequence': '연속된 문자(예: abc)를 {max}개 넘게 포함하지 않음',
  'policy.rule.qwertySequence':
    '키보드에서 이웃한 키(예: qwe)를 {max}개 넘게 연속으로 포함하지 않음',
  'policy.rule.shiftedNumberRowSequence':
    '이웃한 기호(예: !@#)를 {max}개 넘게 연속으로 포함하지 않음',
  'policy.rule.other': '비밀번호 정책 충족',

  'error.summaryTitle': '입력 내용을 확인하세요',
  'error.tooLong': '{max}자 이하로 입력하세요.',
  'error.username.invalid': '줄바꿈이나 제어 문자 없이 1~128자로 입력하세요.',
  'error.username.taken':
    '이미 사용 중인 사용자 이름입니다. 다른 이름을 선택하거나, 본인의 계정이라면 비밀번호를 재설정하세요.',
  'error.email.invalid': 'name@example.com 형식으로 이메일 주소를 입력하세요.',
  'error.email.taken': '이미 등록된 이메일 주소입니다. 본인의 계정이라면 비밀번호를 재설정하세요.',
  'error.identifier.invalid': '사용자 이름 또는 이메일 주소를 입력하세요.',
  'error.password.mismatch': '두 비밀번호가 일치하지 않습니다.',
  'error.password.policy': '비밀번호가 요구 사항을 충족하지 않습니다: {rules}.',
  'error.password.sameAsCurrent': '새 비밀번호는 현재 비밀번호와 달라야 합니다.',
  'error.password.tooSimilar': '새 비밀번호가 현재 비밀번호와 너무 비슷합니다.',
  'error.password.tooYoung':
    '비밀번호를 변경한 지 얼마 되지 않아 다시 변경할 수 없습니다. 나중에 다시 시도하세요.',
  'error.credentials':
    '사용자 이름 또는 비밀번호가 올바르지 않거나, 이 계정은 여기에서 비밀번호를 변경할 수 없습니다(계정이 잠겼거나 아직 비밀번호가 없을 수 있습니다). 입력한 내용을 확인하거나 비밀번호를 재설정하세요.',
  'error.recoveryCode.format': '코드는 영문자와 숫자 8자리입니다.',
  'error.recoveryCode.invalid':
    '코드가 유효하지 않거나 만료되었습니다. 이메일을 확인하거나 새 코드를 요청하세요.',
  'error.recoveryCode.exhausted':
    '시도 횟수가 너무 많아 이 코드는 더 이상 사용할 수 없습니다. 보안을 위해 잠시(보통 15분) 기다린 후 새 코드를 요청하세요.',
  'error.population.invalid': '옵션 중 하나를 선택하세요.',
  'error.population.domain': '이 이메일 도메인으로는 가입할 수 없습니다.',
  'error.registration.refused': '입력한 정보로는 계정을 만들 수 없습니다.',

  'flash.recoveryResent':
    '일치하는 계정이 있으면 새 재설정 코드가 전송됩니다. 가장 최근 코드만 사용할 수 있습니다.',
  'flash.resendCooldown': '다른 코드를 요청하려면 {count}초 기다리세요.',
  'flash.recoveryStart': '먼저 사용자 이름 또는 이메일 주소를 입력하세요.',
  'flash.sessionExpired': '일정 시간 활동이 없어 세션이 만료되었습니다. 처음부터 다시 시작하세요.',

  'register.title': '계정 만들기',
  'register.intro': '모든 항목은 필수입니다.',
  'register.submit': '계정 만들기',

  'forgot.title': '비밀번호를 잊으셨나요?',
  'forgot.intro':
    '사용자 이름 또는 이메일 주소를 입력하세요. 계정을 찾으면 재설정 코드를 이메일로 보내 드립니다.',
  'forgot.submit': '재설정 코드 보내기',

  'recover.title': '이메일로 받은 코드를 입력하세요',
  'recover.intro': '코드를 입력한 후 새 비밀번호를 설정하세요.',
  'recover.submit': '비밀번호 재설정',
  'recover.resendTitle': '이메일을 받지 못하셨나요?',
  'recover.resendText': '스팸 폴더를 확인하세요. 새 코드를 받으면 이전 코드는 사용할 수 없습니다.',
  'recover.resend': '새 코드 보내기',
  'recover.restart': '다른 사용자 이름 또는 이메일 주소 사용',

  'change.title': '비밀번호 변경',
  'change.intro': '현재 비밀번호를 입력한 후 새 비밀번호를 설정하세요.',
  'change.submit': '비밀번호 변경',

  'errorPage.reference': '참조 번호: {id}',
  'errorPage.home': '홈페이지로 돌아가기',
  'errorPage.retry': '다시 시도',
  'errorPage.csrf.title': '양식이 만료되었습니다',
  'errorPage.csrf.text':
    '보안을 위해 이전 페이지로 돌아가 페이지를 새로 고친 후 양식을 다시 제출하세요.',
  'errorPage.rateLimited.title': '시도 횟수 초과',
  'errorPage.rateLimited.text': '{count}분 후에 다시 시도하세요.',
  'errorPage.unavailable.title': '서비스를 일시적으로 사용할 수 없음',
  'errorPage.unavailable.text':
    '계정 서비스에 연결할 수 없습니다. 변경된 내용은 없습니다. 몇 분 후에 다시 시도하세요.',
  'errorPage.storeUnavailable.title': '일시적으로 사용할 수 없음',
  'errorPage.storeUnavailable.text':
    '이 서비스를 일시적으로 사용할 수 없습니다. 변경된 내용은 없습니다. 1분 후에 다시 시도하세요.',
  'errorPage.badRequest.title': '요청을 읽을 수 없습니다',
  'errorPage.badRequest.text': '이전 페이지로 돌아가 페이지의 양식을 사용하세요.',
  'errorPage.tooLarge.title': '데이터가 너무 많습니다',
  'errorPage.tooLarge.text':
    '양식에 허용된 것보다 많은 데이터가 포함되어 있습니다. 입력 내용을 줄이세요.',
  'errorPage.notFound.title': '페이지를 찾을 수 없음',
  'errorPage.notFound.text': '요청한 페이지가 존재하지 않습니다.',
  'errorPage.methodNotAllowed.title': '허용되지 않음',
  'errorPage.methodNotAllowed.text': '이 페이지는 그런 방식으로 사용할 수 없습니다.',
  'errorPage.internal.title': '문제가 발생했습니다',
  'errorPage.internal.text':
    '예기치 않은 오류가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하세요.',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': '인증 코드',
  'hint.verificationCode':
    '이메일에 있는 영문자와 숫자 8자리입니다. 붙여 넣어도 되며, 공백과 대소문자는 구분하지 않습니다.',
  'verify.title': '이메일을 확인하세요',
  'verify.intro':
    '{email} 주소로 인증 코드를 보냈습니다. 계정을 활성화하려면 아래에 코드를 입력하세요.',
  'verify.introEmailFirst':
    '{email} 주소로 코드를 보냈습니다. 코드를 입력하고 비밀번호를 설정하세요.',
  'verify.submit': '내 이메일 주소 인증',
  'verify.submitEmailFirst': '계속',
  'verify.resendTitle': '이메일을 받지 못하셨나요?',
  'verify.resendText':
    '몇 분 정도 걸릴 수 있습니다. 스팸 폴더를 확인하세요. 새 코드를 요청하면 가장 최근 코드만 사용할 수 있습니다.',
  'verify.resend': '새 코드 보내기',
  'verify.restart': '다른 이메일 주소 사용',
  'registerEmail.intro': '이메일 주소를 입력하세요. 주소를 인증할 코드를 보내 드립니다.',
  'registerEmail.submit': '코드 받기',
  'error.verificationCode.format': '코드는 영문자와 숫자 8자리입니다.',
  'error.verificationCode.invalid':
    '코드가 올바르지 않거나, 만료되었거나, 새 코드로 대체되었습니다. 가장 최근 이메일을 확인하고 다시 시도하세요.',
  'error.verificationCode.exhausted':
    '잘못된 코드를 너무 많이 입력했습니다. 아래에서 새 코드를 요청한 후 가장 최근 코드를 입력하세요.',
  'flash.verifyResent': '새 코드를 보냈습니다. 가장 최근 코드만 사용할 수 있습니다.',
  'flash.verifyResendCapped':
    '오늘은 이 주소로 코드를 더 보낼 수 없습니다. 받은 코드 중 가장 최근 코드를 사용하거나 내일 다시 시도하세요.',
  'flash.verifyStart': '가입을 처음부터 다시 시작하세요.',
  'flash.accountVerified': '이메일 주소가 인증되었습니다. 계정이 준비되었습니다.',
  'done.title': '계정이 준비되었습니다',
  'done.text': '이제 가입한 애플리케이션에 사용자 이름 또는 이메일 주소와 비밀번호로 로그인하세요.',
  'username.title': '사용자 이름 선택',
  'username.intro':
    '이메일 주소가 인증되었습니다. 이제 로그인할 때 사용할 사용자 이름을 선택하세요.',
  'username.submit': '사용자 이름 저장',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': '로그인을 완료할 수 없습니다',
  'signin.failed.text':
    '로그인 응답이 유효하지 않거나 이미 사용되었습니다. 로그인되지 않았습니다. 로그인 페이지에서 다시 시작하세요.',
  'signin.expired.title': '세션이 종료되었습니다',
  'signin.expired.text': '보안을 위해 로그아웃되었습니다. 다시 로그인하세요.',
  'signout.button': '로그아웃',
  'signedOut.title': '로그아웃되었습니다',
  'signedOut.text': '이 기기의 세션이 종료되었습니다.',
  'signedOut.again': '다시 로그인',
  'signon.title': '로그인',
  'signon.intro': '사용자 이름 또는 이메일 주소와 비밀번호로 로그인하세요.',
  'signon.submit': '로그인',
  'signon.forgotLink': '비밀번호를 잊으셨나요?',
  'signon.changeLink': '로그인하지 않고 비밀번호 변경',
  'signon.registerLink': '계정 만들기',
  'error.signon.credentials': '사용자 이름 또는 비밀번호가 올바르지 않습니다.',
  'error.signon.locked':
    '로그인 실패 횟수가 너무 많습니다. {count}분 후에 다시 시도할 수 있습니다.',
  'error.signon.code': '코드가 올바르지 않거나 만료되었습니다.',
  'signon.newPassword.title': '새 비밀번호 설정',
  'signon.newPassword.mustChange':
    '비밀번호가 재설정되었습니다. 계속하려면 새 비밀번호를 설정하세요.',
  'signon.newPassword.expired': '비밀번호가 만료되었습니다. 계속하려면 새 비밀번호를 설정하세요.',
  'signon.newPassword.submit': '저장하고 계속',
  'signon.forgot.title': '비밀번호 재설정',
  'signon.forgot.intro':
    '사용자 이름 또는 이메일 주소를 입력하세요. 일치하는 계정이 있으면 해당 계정의 이메일 주소로 코드를 보내 드립니다.',
  'signon.forgot.submit': '코드 보내기',
  'signon.recover.title': '코드 입력',
  'signon.recover.intro':
    '일치하는 계정이 있으면 해당 계정의 이메일 주소로 코드를 보냈습니다. 코드와 새 비밀번호를 입력하세요.',
  'signon.recover.submit': '비밀번호 재설정 후 로그인',
  'signon.back': '로그인으로 돌아가기',
  'flash.signonRestart':
    '로그인에 시간이 너무 오래 걸렸거나 이미 완료되었습니다. 다시 로그인하세요.',
  'signon.unsupported':
    '이 로그인 단계는 이 페이지에서 완료할 수 없습니다. 고객 지원팀에 문의하세요.',
  'account.title': '내 계정',
  'account.intro': '내 정보를 확인하고 업데이트하세요.',
  'account.submit': '변경 사항 저장',
  'account.username': '사용자 이름',
  'account.usernameHint': '사용자 이름은 변경할 수 없습니다.',
  'field.givenName': '이름',
  'field.familyName': '성',
  'field.preferredLanguage': '선호 언어',
  'field.noPreference': '지정 안 함',
  'account.reauth': '보안을 위해 이메일 주소를 변경하기 전에 다시 로그인하세요.',
  'flash.accountSaved': '정보가 저장되었습니다.',
  'account.nav.label': '계정',
  'account.nav.profile': '내 정보',
  'account.nav.password': '비밀번호',
  'account.nav.sessions': '세션',
  'accountPassword.title': '비밀번호 변경',
  'accountPassword.intro': '현재 비밀번호를 입력한 후 새 비밀번호를 설정하세요.',
  'accountPassword.submit': '비밀번호 변경',
  'error.currentPassword': '현재 비밀번호가 올바르지 않습니다.',
  'flash.accountPasswordChanged': '비밀번호가 변경되었습니다.',
  'sessions.title': '내 세션',
  'sessions.intro': '현재 로그인되어 있는 곳입니다.',
  'sessions.current': '현재 세션',
  'sessions.browser': '브라우저',
  'sessions.lastSignOn': '마지막 로그인',
  'sessions.place': '위치',
  'sessions.unknown': '알 수 없음',
  'sessions.signOutOthers': '다른 모든 곳에서 로그아웃',
  'flash.sessionsEnded': '다른 세션 {count}개에서 로그아웃되었습니다.',
  'home.signedIn.title': '{name}님, 환영합니다',
  'home.account.title': '내 계정',
  'home.account.text': '내 정보를 확인하고 변경합니다.',
  'home.accountPassword.text': '비밀번호를 변경합니다.',
  'home.sessions.text': '로그인되어 있는 곳을 확인합니다.',
  'home.signin.title': '로그인',
  'home.signin.text': '로그인하여 계정을 확인하고 변경하세요.',
  'done.registered.title': '계정이 생성되었습니다',
  'done.registered.text': '이제 사용자 이름과 비밀번호로 로그인할 수 있습니다.',
  'done.recovered.title': '비밀번호가 재설정되었습니다',
  'done.recovered.text': '새 비밀번호로 로그인하세요. 재설정 코드는 더 이상 사용할 수 없습니다.',
  'done.changed.title': '비밀번호가 변경되었습니다',
  'done.changed.text': '다음에 로그인할 때 새 비밀번호를 사용하세요.',
  'done.signIn': '로그인',
  'done.home': '홈페이지로 이동',
  'nav.back': '뒤로',
  'change.forgot': '현재 비밀번호를 잊으셨나요?',
  'flash.sessionExpiredForm':
    '세션 시간이 초과되어 아무것도 전송되지 않았습니다. 양식을 확인하고 다시 제출하세요(비밀번호와 코드는 다시 입력해야 합니다).',
  'policy.submitOnly': '(제출할 때 확인됨)',
  'error.password.policyMarked': '✗ 표시된 요구 사항 {count}개를 충족하는 비밀번호를 선택하세요.',
  'strength.label': '강도:',
  'strength.score0':
    '매우 추측하기 쉽습니다. 서로 관련 없는 단어 3~4개로 된 암호 문구를 사용해 보세요.',
  'strength.score1':
    '추측하기 쉽습니다. 더 긴 비밀번호나 서로 관련 없는 단어 몇 개를 사용하면 훨씬 강력해집니다.',
  'strength.score2': '추측하기 꽤 어렵습니다. 단어를 하나 더 추가하면 훨씬 어려워집니다.',
  'strength.score3': '추측하기 어렵습니다.',
  'strength.score4': '추측하기 매우 어렵습니다.',
  'recover.sentTo':
    '{identifier}에 해당하는 계정이 있으면 해당 계정의 이메일 주소로 재설정 코드를 보냈습니다.',
  'recover.resendWait': '{count}초 후에 새 코드를 요청할 수 있습니다.',
  'error.username.required': '사용자 이름을 입력하세요',
  'error.email.required': '이메일 주소를 입력하세요',
  'error.password.required': '비밀번호를 입력하세요',
  'error.newPassword.required': '새 비밀번호를 입력하세요',
  'error.confirmPassword.required': '비밀번호를 다시 입력하세요',
  'error.confirmNewPassword.required': '새 비밀번호를 다시 입력하세요',
  'error.currentPassword.required': '현재 비밀번호를 입력하세요',
  'error.recoveryCode.required': '이메일로 받은 코드를 입력하세요',
  'error.identifier.required': '사용자 이름 또는 이메일 주소를 입력하세요',
  'error.signonPassword.required': '비밀번호를 입력하세요',
  'error.givenName.required': '이름을 입력하세요',
  'error.familyName.required': '성을 입력하세요',
  'error.verificationCode.required': '이메일로 받은 코드를 입력하세요',
  'error.preferredLanguage.invalid': '목록에서 언어를 선택하세요',
  'error.titlePrefix': '오류: ',
  'error.action.recover': '비밀번호 재설정',
  'policy.headingRegister': '비밀번호 조건:',
  'password.showShort': '표시',
  'password.hideShort': '숨기기',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': '이메일 주소를 인증하세요',
  'signon.verify.intro':
    '계정의 이메일 주소 인증이 아직 완료되지 않았습니다. 로그인을 완료하려면 보내 드린 코드를 입력하세요.',
  'signon.verify.submit': '인증하고 로그인',
  'signon.verify.restart': '다른 계정으로 로그인',
  'accountEmail.title': '이메일 주소를 인증하세요',
  'accountEmail.intro':
    '아래 주소로 코드를 보냈습니다. 주소를 인증하려면 코드를 입력하세요. 인증하기 전까지는 인증되지 않은 주소로 표시됩니다.',
  'accountEmail.submit': '주소 인증',
  'accountEmail.back': '내 계정으로 돌아가기',
  'accountEmail.unverified': '이 주소는 아직 인증되지 않았습니다.',
  'accountEmail.confirmLink': '지금 인증하기',
  'flash.emailChangePending':
    '정보가 저장되었습니다. 새 주소로 보낸 코드를 입력하여 주소를 인증하세요.',
  'flash.emailVerified': '이메일 주소가 인증되었습니다.',
  'continue.app': '애플리케이션으로 계속',
};
