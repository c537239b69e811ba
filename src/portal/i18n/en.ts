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
  'home.register.text': 'New here? Register with your e‑mail address and a password.',
  'home.change.title': 'Change your password',
  'home.change.text': 'You know your current password and want a new one.',
  'home.forgot.title': 'Forgot your password?',
  'home.forgot.text': 'Get a recovery code by e‑mail and choose a new password.',

  'field.username': 'Username',
  'field.usernameOrEmail': 'Username or e‑mail address',
  'field.email': 'E‑mail address',
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
    'The 8 letters and digits from the e‑mail. A code works for 5 minutes: if yours has expired, send a new one.',

  'password.show': 'Show password',
  'password.hide': 'Hide password',

  'policy.heading': 'Your new password must:',
  'policy.met': 'done',
  'policy.unmet': 'not yet',
  'policy.rule.lengthMin': 'be at least {min} characters long',
  'policy.rule.lengthMax': 'be at most {max} characters long',
  'policy.rule.lengthRange': 'be at least {min} characters long (at most {max})',
  'policy.rule.upper': 'contain at least {count} capital letters (A–Z)',
  'policy.rule.lower': 'contain at least {count} small letters (a–z)',
  'policy.rule.digit': 'contain at least {count} digits (0–9)',
  'policy.rule.special': 'contain at least {count} of these symbols: {set}',
  'policy.rule.maxRepeatedCharacters': 'not repeat a character more than {max} times in a row',
  'policy.rule.minUniqueCharacters': 'use at least {min} different characters',
  'policy.rule.excludesCommonlyUsed': 'not be a commonly used password',
  'policy.rule.excludesProfileData': 'not contain your username or e‑mail address',
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
  'error.tooLong': 'Use at most {max} characters.',
  'error.username.invalid': 'Use 1 to 128 characters, without line breaks or control characters.',
  'error.username.taken':
    'This username is already taken. Choose another one, or recover your password if this is your account.',
  'error.email.invalid': 'Enter an e‑mail address like name@example.com.',
  'error.email.taken':
    'This e‑mail address is already registered. Recover your password if this is your account.',
  'error.identifier.invalid': 'Enter your username or e‑mail address.',
  'error.password.mismatch': 'The two passwords do not match.',
  'error.password.policy': 'The password does not meet the requirements: {rules}.',
  'error.password.sameAsCurrent': 'Your new password must be different from your current password.',
  'error.password.tooSimilar': 'Your new password is too similar to your current password.',
  'error.password.tooYoung':
    'Your password was changed too recently to change it again. Please try again later.',
  'error.credentials':
    'The username or password is incorrect, or this account cannot change its password here (it may be locked, or have no password yet). Check what you typed, or recover your password.',
  'error.recoveryCode.format': 'The code has 8 letters and digits.',
  'error.recoveryCode.invalid':
    'That code is not valid or has expired. Check the e‑mail, or send a new code.',
  'error.recoveryCode.exhausted':
    'This code no longer works after too many attempts. For your security, wait a while (usually 15 minutes), then send a new code.',
  'error.population.invalid': 'Choose one of the options.',
  'error.population.domain': 'Registration is not open for this e‑mail domain.',
  'error.registration.refused': 'We could not create the account with these details.',

  'flash.recoveryResent':
    'If an account matches, a new recovery code is on its way. Only the newest code works.',
  'flash.resendCooldown': 'Please wait {count} seconds before asking for another code.',
  'flash.recoveryStart': 'Start by telling us your username or e‑mail address.',
  'flash.sessionExpired': 'Your session expired after a period of inactivity. Please start again.',

  'register.title': 'Create an account',
  'register.intro': 'All fields are required.',
  'register.submit': 'Create account',

  'forgot.title': 'Forgot your password?',
  'forgot.intro':
    'Enter your username or e‑mail address. If we find your account, we will e‑mail you a recovery code.',
  'forgot.submit': 'Send recovery code',

  'recover.title': 'Enter the code we e‑mailed you',
  'recover.intro': 'Enter the code, then choose a new password.',
  'recover.submit': 'Reset password',
  'recover.resendTitle': 'No e‑mail?',
  'recover.resendText': 'Check your spam folder. A new code replaces the previous one.',
  'recover.resend': 'Send a new code',
  'recover.restart': 'Use a different username or e‑mail',

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
  'errorPage.rateLimited.text': 'Please wait {count} minutes before trying again.',
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
  'done.registered.title': 'Your account has been created',
  'done.registered.text': 'You can now sign in with your username and password.',
  'done.recovered.title': 'Your password has been reset',
  'done.recovered.text': 'Sign in with your new password. The recovery code no longer works.',
  'done.changed.title': 'Your password has been changed',
  'done.changed.text': 'Use your new password the next time you sign in.',
  'done.signIn': 'Sign in',
  'done.home': 'Go to the home page',
  'nav.back': 'Back',
  'change.forgot': 'Forgot your current password?',
  'flash.sessionExpiredForm':
    'Your session timed out, so nothing was sent. Check the form and submit it again (passwords and codes must be typed again).',
  'policy.submitOnly': '(checked when you submit)',
  'error.password.policyMarked': 'Choose a password that meets the {count} requirements marked ✗.',
  'error.password.policyMarked|one': 'Choose a password that meets the requirement marked ✗.',
  'strength.label': 'Strength:',
  'strength.score0': 'very easy to guess. Try a passphrase: three or four unrelated words.',
  'strength.score1':
    'easy to guess. A longer password, or a few unrelated words, is much stronger.',
  'strength.score2': 'fairly hard to guess. One more word makes it much harder.',
  'strength.score3': 'hard to guess.',
  'strength.score4': 'very hard to guess.',
  'recover.sentTo':
    'If an account matches {identifier}, we have e‑mailed a recovery code to the e‑mail address on that account.',
  'recover.resendWait': 'You can ask for a new code in {count} seconds.',
  'recover.resendWait|one': 'You can ask for a new code in {count} second.',
  'flash.resendCooldown|one': 'Please wait {count} second before asking for another code.',
  'error.username.required': 'Enter a username',
  'error.email.required': 'Enter your e‑mail address',
  'error.password.required': 'Enter a password',
  'error.newPassword.required': 'Enter a new password',
  'error.confirmPassword.required': 'Enter the password again',
  'error.confirmNewPassword.required': 'Enter the new password again',
  'error.currentPassword.required': 'Enter your current password',
  'error.recoveryCode.required': 'Enter the code from the e‑mail',
  'error.titlePrefix': 'Error: ',
  'error.action.recover': 'Recover your password',
  'policy.headingRegister': 'Your password must:',
  'policy.rule.upper|one': 'contain at least {count} capital letter (A–Z)',
  'policy.rule.lower|one': 'contain at least {count} small letter (a–z)',
  'policy.rule.digit|one': 'contain at least {count} digit (0–9)',
  'errorPage.rateLimited.text|one': 'Please wait {count} minute before trying again.',
  'password.showShort': 'Show',
  'password.hideShort': 'Hide',
} as const;

/** A message key of the portal's catalogues. */
export type MessageKey = keyof typeof en;
