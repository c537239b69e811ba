/**
 * English catalogue: the reference set of message keys. Placeholders are `{name}`; every other
 * locale must define exactly these keys with the same placeholders (a test checks it).
 */
export const en = {
  'layout.skip': 'Skip to main content',
  'layout.language': 'Language',
  'layout.home': 'Home',
  'layout.footer': 'Your password is stored only by our identity provider, never by this site.',

  'home.title': 'Manage your account',
  'home.intro': 'What would you like to do?',
  'home.register.title': 'Create an account',
  'home.register.text': 'New here? Register with your e-mail address and a password.',
  'home.change.title': 'Change your password',
  'home.change.text': 'You know your current password and want a new one.',
  'home.forgot.title': 'Forgot your password?',
  'home.forgot.text': 'Get a recovery code by e-mail and choose a new password.',

  'field.username': 'Username',
  'field.usernameOrEmail': 'Username or e-mail address',
  'field.email': 'E-mail address',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.confirmPassword': 'Confirm password',
  'field.confirmNewPassword': 'Confirm new password',
  'field.currentPassword': 'Current password',
  'field.population': 'Account type',
  'field.recoveryCode': 'Recovery code',
  'field.optionalChoose': 'Choose…',

  'hint.username': 'Up to 128 characters. You will use it to sign in.',
  'hint.email': 'We send password recovery codes to this address.',
  'hint.recoveryCode':
    'The 8 letters and digits from the e-mail we sent. A code is valid for 5 minutes.',

  'password.show': 'Show password',
  'password.hide': 'Hide password',

  'policy.heading': 'Your new password must:',
  'policy.met': 'done',
  'policy.unmet': 'not yet',
  'policy.rule.lengthMin': 'be at least {min} characters long',
  'policy.rule.lengthMax': 'be at most {max} characters long',
  'policy.rule.lengthRange': 'be {min} to {max} characters long',
  'policy.rule.upper': 'contain at least {count} capital letter(s) (A–Z)',
  'policy.rule.lower': 'contain at least {count} small letter(s) (a–z)',
  'policy.rule.digit': 'contain at least {count} digit(s) (0–9)',
  'policy.rule.special': 'contain at least {count} of these symbols: {set}',
  'policy.rule.maxRepeatedCharacters': 'not repeat a character more than {max} times in a row',
  'policy.rule.minUniqueCharacters': 'use at least {min} different characters',
  'policy.rule.excludesCommonlyUsed': 'not be a commonly used password',
  'policy.rule.excludesProfileData': 'not contain your username or e-mail address',
  'policy.rule.notSimilarToCurrent': 'be clearly different from your current password',
  'policy.rule.history': 'not be your current or a recently used password',
  'policy.rule.minComplexity': 'be hard to guess (longer passphrases help)',
  'policy.rule.numberSequence': 'not contain more than {max} digits in sequence (like 123)',
  'policy.rule.alphabetSequence': 'not contain more than {max} letters in sequence (like abc)',
  'policy.rule.qwertySequence': 'not contain more than {max} neighbouring keys (like qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'not contain more than {max} neighbouring symbols (like !@#)',
  'policy.rule.other': 'meet the password policy',

  'error.summaryTitle': 'There is a problem',
  'error.required': 'This field is required.',
  'error.tooLong': 'Use at most {max} characters.',
  'error.username.invalid': 'Use 1 to 128 characters, without line breaks or control characters.',
  'error.username.taken':
    'This username is already taken. Choose another one, or recover your password if this is your account.',
  'error.email.invalid': 'Enter an e-mail address like name@example.com.',
  'error.email.taken':
    'This e-mail address is already registered. Recover your password if this is your account.',
  'error.identifier.invalid': 'Enter your username or e-mail address.',
  'error.password.mismatch': 'The two passwords do not match.',
  'error.password.policy': 'The password does not meet the requirements: {rules}.',
  'error.password.sameAsCurrent': 'Your new password must be different from your current password.',
  'error.password.tooSimilar': 'Your new password is too similar to your current password.',
  'error.password.tooYoung':
    'Your password was changed too recently to change it again. Please try again later.',
  'error.credentials':
    'The username or password is incorrect, or the account cannot change its password here.',
  'error.recoveryCode.format': 'The code has 8 letters and digits.',
  'error.recoveryCode.invalid':
    'That code is not valid or has expired. Check the e-mail, or send a new code.',
  'error.recoveryCode.exhausted':
    'This code no longer works after too many attempts. For your security, wait a while (usually 15 minutes), then send a new code.',
  'error.population.invalid': 'Choose one of the options.',
  'error.population.domain': 'Registration is not open for this e-mail domain.',
  'error.registration.refused': 'We could not create the account with these details.',

  'flash.registered':
    'Your account has been created. You can now sign in with your username and password.',
  'flash.recoverySent':
    'If an account matches what you entered, we have e-mailed it a recovery code. The code is valid for 5 minutes.',
  'flash.recoveryResent':
    'If an account matches, a new recovery code is on its way. Only the newest code works.',
  'flash.resendCooldown': 'Please wait {seconds} seconds before asking for another code.',
  'flash.recoveryStart': 'Start by telling us your username or e-mail address.',
  'flash.passwordRecovered':
    'Your password has been reset. You can now sign in with your new password.',
  'flash.passwordChanged': 'Your password has been changed.',
  'flash.sessionExpired': 'Your session expired after a period of inactivity. Please start again.',

  'register.title': 'Create an account',
  'register.intro': 'All fields are required.',
  'register.submit': 'Create account',

  'forgot.title': 'Forgot your password?',
  'forgot.intro':
    'Enter your username or e-mail address. If we find your account, we will e-mail you a recovery code.',
  'forgot.submit': 'Send recovery code',

  'recover.title': 'Choose a new password',
  'recover.intro': 'Enter the recovery code from the e-mail and choose a new password.',
  'recover.submit': 'Reset password',
  'recover.resendTitle': 'No e-mail?',
  'recover.resendText':
    'Check your spam folder, or ask for a new code. A new code replaces the previous one.',
  'recover.resend': 'Send a new code',
  'recover.restart': 'Use a different username or e-mail',

  'change.title': 'Change your password',
  'change.intro': 'Enter your current password, then choose a new one.',
  'change.submit': 'Change password',

  'errorPage.reference': 'Reference: {id}',
  'errorPage.home': 'Back to the home page',
  'errorPage.retry': 'Try again',
  'errorPage.csrf.title': 'This form has expired',
  'errorPage.csrf.text':
    'For your security, please go back, reload the page and submit the form again.',
  'errorPage.rateLimited.title': 'Too many attempts',
  'errorPage.rateLimited.text': 'Please wait {minutes} minute(s) before trying again.',
  'errorPage.unavailable.title': 'Service temporarily unavailable',
  'errorPage.unavailable.text':
    'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.',
  'errorPage.storeUnavailable.title': 'Temporarily unavailable',
  'errorPage.storeUnavailable.text':
    'This service is temporarily unavailable. Nothing has been changed. Please try again in a minute.',
  'errorPage.badRequest.title': 'We could not read that request',
  'errorPage.badRequest.text': 'Please go back and use the form on the page.',
  'errorPage.tooLarge.title': 'Too much data',
  'errorPage.tooLarge.text':
    'The form contained more data than we accept. Please shorten your entries.',
  'errorPage.notFound.title': 'Page not found',
  'errorPage.notFound.text': 'The page you asked for does not exist.',
  'errorPage.methodNotAllowed.title': 'Not allowed',
  'errorPage.methodNotAllowed.text': 'This page cannot be used that way.',
  'errorPage.internal.title': 'Something went wrong',
  'errorPage.internal.text':
    'An unexpected error occurred. Nothing has been changed. Please try again.',
  // E-mail verification and email-first registration (flows/verify.ts, register-email-first.ts).
  'field.verificationCode': 'Verification code',
  'hint.verificationCode':
    'The 8 letters and digits from the e-mail. You can paste it; spaces and letter case do not matter.',
  'verify.title': 'Check your e-mail',
  'verify.intro':
    'We have sent a verification code to {email}. Enter it below to activate your account.',
  'verify.introEmailFirst': 'We have sent a code to {email}. Enter it and choose your password.',
  'verify.submit': 'Verify my e-mail address',
  'verify.submitEmailFirst': 'Continue',
  'verify.resendTitle': 'No e-mail?',
  'verify.resendText':
    'It can take a few minutes. Check your spam folder. If you ask for a new code, only the newest one works.',
  'verify.resendWait': 'You can ask for a new code in {seconds} seconds.',
  'verify.resend': 'Send a new code',
  'verify.restart': 'Use a different e-mail address',
  'registerEmail.intro': 'Enter your e-mail address. We will send you a code to confirm it.',
  'registerEmail.submit': 'Send me a code',
  'error.verificationCode.format': 'The code has 8 letters and digits.',
  'error.verificationCode.invalid':
    'This code is not right, has expired or was replaced by a newer one. Check the newest e-mail and try again.',
  'error.verificationCode.exhausted':
    'Too many wrong codes. Ask for a new code below, then enter the newest one.',
  'flash.verifyResent': 'A new code is on its way. Only the newest code works.',
  'flash.verifyResendCapped':
    'We cannot send more codes to this address today. Use the newest code you received, or try again tomorrow.',
  'flash.verifyStart': 'Please start your registration again.',
  'flash.accountVerified': 'Your e-mail address is confirmed. Your account is ready.',
  'done.title': 'Your account is ready',
  'done.text':
    'Next, sign in to the application you registered for, with your username or e-mail address and your password.',
  'username.title': 'Choose your username',
  'username.intro':
    'Your e-mail address is confirmed. Now choose the username you will sign in with.',
  'username.submit': 'Save username',
  'done.home': 'Back to the home page',
  // Sign-in, sign-on page and account area (issue 12).
  'signin.failed.title': 'Sign-in could not be completed',
  'signin.failed.text':
    'The sign-in answer was not valid, or was used already. You are not signed in. Please start again from the sign-in page.',
  'signin.expired.title': 'Your session has ended',
  'signin.expired.text': 'For your security you have been signed out. Please sign in again.',
  'signout.button': 'Sign out',
  'signedOut.title': 'You are signed out',
  'signedOut.text': 'Your session has ended on this device.',
  'signedOut.again': 'Sign in again',
  'signon.title': 'Sign in',
  'signon.intro': 'Sign in with your username or e-mail address and your password.',
  'signon.submit': 'Sign in',
  'signon.forgotLink': 'Forgot your password?',
  'signon.changeLink': 'Change a password without signing in',
  'signon.registerLink': 'Create an account',
  'error.signon.credentials': 'The username or password is incorrect.',
  'error.signon.locked': 'Too many failed attempts. You can try again in {minutes} minute(s).',
  'error.signon.code': 'The code is incorrect or has expired.',
  'signon.newPassword.title': 'Choose a new password',
  'signon.newPassword.mustChange': 'Your password was reset. Choose a new one to continue.',
  'signon.newPassword.expired': 'Your password has expired. Choose a new one to continue.',
  'signon.newPassword.submit': 'Save and continue',
  'signon.forgot.title': 'Reset your password',
  'signon.forgot.intro':
    'Enter your username or e-mail address. If an account matches, we will e-mail it a code.',
  'signon.forgot.submit': 'Send a code',
  'signon.recover.title': 'Enter the code',
  'signon.recover.intro':
    'If an account matches, we sent a code to its e-mail address. Enter it with a new password.',
  'signon.recover.submit': 'Reset password and sign in',
  'signon.back': 'Back to sign in',
  'flash.signonRestart':
    'That sign-in took too long or was already finished. Please sign in again.',
  'signon.unsupported':
    'This sign-in step cannot be completed on this page. Please contact support.',
  'account.title': 'Your account',
  'account.intro': 'Check and update your details.',
  'account.submit': 'Save changes',
  'account.username': 'Username',
  'account.usernameHint': 'Your username cannot be changed.',
  'field.givenName': 'Given name',
  'field.familyName': 'Family name',
  'field.preferredLanguage': 'Preferred language',
  'field.noPreference': 'No preference',
  'account.reauth': 'For your security, please sign in again before changing your e-mail address.',
  'flash.accountSaved': 'Your details were saved.',
  'account.nav.label': 'Account',
  'account.nav.profile': 'Details',
  'account.nav.password': 'Password',
  'account.nav.sessions': 'Sessions',
  'accountPassword.title': 'Change your password',
  'accountPassword.intro': 'Enter your current password, then choose a new one.',
  'accountPassword.submit': 'Change password',
  'error.currentPassword': 'The current password is incorrect.',
  'flash.accountPasswordChanged': 'Your password was changed.',
  'sessions.title': 'Your sessions',
  'sessions.intro': 'These are the places where you are signed in.',
  'sessions.current': 'This session',
  'sessions.browser': 'Browser',
  'sessions.lastSignOn': 'Last sign-in',
  'sessions.place': 'Place',
  'sessions.unknown': 'Unknown',
  'sessions.signOutOthers': 'Sign out everywhere else',
  'flash.sessionsEnded': 'You were signed out of {count} other session(s).',
  'home.signedIn.title': 'Welcome, {name}',
  'home.account.title': 'Your account',
  'home.account.text': 'See and change your details.',
  'home.accountPassword.text': 'Change your password.',
  'home.sessions.text': 'See where you are signed in.',
  'home.signin.title': 'Sign in',
  'home.signin.text': 'Sign in to see and change your account.',
  // Sign-in verification, verified e-mail change and return_to (issues 11 and 12).
  'signon.verify.title': 'Confirm your e-mail address',
  'signon.verify.intro':
    'Your account is waiting for its e-mail address to be confirmed. Enter the code we sent you to finish signing in.',
  'signon.verify.submit': 'Confirm and sign in',
  'signon.verify.restart': 'Sign in with another account',
  'accountEmail.title': 'Confirm your e-mail address',
  'accountEmail.intro':
    'We sent a code to the address below. Enter it to confirm the address. Until you do, it stays marked as not confirmed.',
  'accountEmail.submit': 'Confirm the address',
  'accountEmail.back': 'Back to your account',
  'accountEmail.unverified': 'This address is not confirmed yet.',
  'accountEmail.confirmLink': 'Confirm it',
  'flash.emailChangePending':
    'Your details were saved. Enter the code we sent to your new address to confirm it.',
  'flash.emailVerified': 'Your e-mail address is confirmed.',
  'continue.app': 'Continue to the application',
} as const;

/** A message key of the portal's catalogues. */
export type MessageKey = keyof typeof en;
