/**
 * Spanish catalogue (es). Glossary (the terms every page and e-mail uses):
 * account = cuenta; password = contraseña; code = código; sign in = iniciar sesión;
 * sign out = cerrar sesión; e-mail address = dirección de correo electrónico (an e-mail message:
 * correo); username = nombre de usuario; verification code = código de verificación;
 * recovery code = código de recuperación; reset a password = restablecer la contraseña;
 * verify/confirm an e-mail address = verificar (as the e-mails say); expire = expirar.
 * Register: "tú", as major Spanish web services use (the e-mails PingOne sends use "usted").
 * Plural forms: one (1), many (millions, same text as other), other.
 */
import type { MessageKey } from './en.js';

/** Every English key, plus the plural variants Spanish uses (a base key is the `other` form). */
type Catalogue = Record<MessageKey, string> &
  Partial<Record<`${MessageKey}|${'one' | 'many'}`, string>>;

export const es: Record<string, string> = {
  'layout.skip': 'Saltar al contenido principal',
  'layout.language': 'Idioma',
  'layout.languageSubmit': 'Cambiar',
  'layout.home': 'Inicio',
  'layout.footer': 'Tu contraseña solo la guarda nuestro proveedor de identidad, nunca este sitio.',

  'home.title': 'Gestiona tu cuenta',
  'home.intro': '¿Qué quieres hacer?',
  'home.register.title': 'Crear una cuenta',
  'home.register.text':
    '¿Es tu primera vez aquí? Regístrate con tu dirección de correo electrónico y una contraseña.',
  'home.change.title': 'Cambiar tu contraseña',
  'home.change.text': 'Conoces tu contraseña actual y quieres una nueva.',
  'home.forgot.title': '¿Has olvidado tu contraseña?',
  'home.forgot.text':
    'Recibe un código de recuperación por correo electrónico y elige una contraseña nueva.',

  'field.username': 'Nombre de usuario',
  'field.usernameOrEmail': 'Nombre de usuario o dirección de correo electrónico',
  'field.email': 'Dirección de correo electrónico',
  'field.password': 'Contraseña',
  'field.newPassword': 'Contraseña nueva',
  'field.confirmPassword': 'Confirmar contraseña',
  'field.confirmNewPassword': 'Confirmar contraseña nueva',
  'field.currentPassword': 'Contraseña actual',
  'field.population': 'Tipo de cuenta',
  'field.recoveryCode': 'Código de recuperación',
  'field.optionalChoose': 'Elige…',

  'hint.username': 'Hasta 128 caracteres. Lo usarás para iniciar sesión.',
  'hint.email': 'Enviamos los códigos de recuperación de contraseña a esta dirección.',
  'hint.recoveryCode':
    'Las 8 letras y números del correo. Un código es válido durante 5 minutos: si el tuyo ha expirado, solicita uno nuevo.',

  'password.show': 'Mostrar contraseña',
  'password.hide': 'Ocultar contraseña',

  'policy.heading': 'Tu contraseña nueva debe:',
  'policy.met': 'cumplido',
  'policy.unmet': 'pendiente',
  'policy.rule.lengthMin': 'tener al menos {min} caracteres',
  'policy.rule.lengthMax': 'tener como máximo {max} caracteres',
  'policy.rule.lengthRange': 'tener al menos {min} caracteres (como máximo {max})',
  'policy.rule.upper': 'contener al menos {count} letras mayúsculas (A–Z)',
  'policy.rule.lower': 'contener al menos {count} letras minúsculas (a–z)',
  'policy.rule.digit': 'contener al menos {count} números (0–9)',
  'policy.rule.special': 'contener al menos {count} de estos símbolos: {set}',
  'policy.rule.maxRepeatedCharacters': 'no repetir un carácter más de {max} veces seguidas',
  'policy.rule.minUniqueCharacters': 'usar al menos {min} caracteres distintos',
  'policy.rule.excludesCommonlyUsed': 'no ser una contraseña de uso común',
  'policy.rule.excludesProfileData':
    'no contener tu nombre de usuario ni tu dirección de correo electrónico',
  'policy.rule.notSimilarToCurrent': 'ser claramente distinta de tu contraseña actual',
  'policy.rule.history': 'no ser tu contraseña actual ni una usada recientemente',
  'policy.rule.minComplexity': 'ser difícil de adivinar (una frase de contraseña más larga ayuda)',
  'policy.rule.numberSequence': 'no contener más de {max} números consecutivos (como 123)',
  'policy.rule.alphabetSequence': 'no contener más de {max} letras consecutivas (como abc)',
  'policy.rule.qwertySequence': 'no contener más de {max} teclas contiguas (como qwe)',
  'policy.rule.shiftedNumberRowSequence': 'no contener más de {max} símbolos contiguos (como !@#)',
  'policy.rule.other': 'cumplir la política de contraseñas',

  'error.summaryTitle': 'Hay un problema',
  'error.tooLong': 'Usa como máximo {max} caracteres.',
  'error.username.invalid':
    'Usa entre 1 y 128 caracteres, sin saltos de línea ni caracteres de control.',
  'error.username.taken':
    'Este nombre de usuario ya está en uso. Elige otro o, si esta es tu cuenta, recupera tu contraseña.',
  'error.email.invalid': 'Introduce una dirección de correo electrónico como nombre@ejemplo.com.',
  'error.email.taken':
    'Esta dirección de correo electrónico ya está registrada. Si esta es tu cuenta, recupera tu contraseña.',
  'error.identifier.invalid':
    'Introduce tu nombre de usuario o tu dirección de correo electrónico.',
  'error.password.mismatch': 'Las dos contraseñas no coinciden.',
  'error.password.policy': 'La contraseña no cumple los requisitos: {rules}.',
  'error.password.sameAsCurrent': 'Tu contraseña nueva debe ser distinta de la actual.',
  'error.password.tooSimilar': 'Tu contraseña nueva se parece demasiado a la actual.',
  'error.password.tooYoung':
    'Tu contraseña se cambió hace demasiado poco para volver a cambiarla. Inténtalo de nuevo más tarde.',
  'error.credentials':
    'El nombre de usuario o la contraseña no son correctos, o esta cuenta no puede cambiar su contraseña aquí (puede que esté bloqueada o que aún no tenga contraseña). Revisa lo que has escrito o recupera tu contraseña.',
  'error.recoveryCode.format': 'El código tiene 8 letras y números.',
  'error.recoveryCode.invalid':
    'Ese código no es válido o ha expirado. Revisa el correo o solicita un código nuevo.',
  'error.recoveryCode.exhausted':
    'Este código ya no funciona después de demasiados intentos. Por seguridad, espera un rato (normalmente 15 minutos) y solicita un código nuevo.',
  'error.population.invalid': 'Elige una de las opciones.',
  'error.population.domain': 'El registro no está abierto para este dominio de correo electrónico.',
  'error.registration.refused': 'No hemos podido crear la cuenta con estos datos.',

  'flash.recoveryResent':
    'Si alguna cuenta coincide, recibirás en breve un nuevo código de recuperación. Solo funciona el código más reciente.',
  'flash.resendCooldown': 'Espera {count} segundos antes de solicitar otro código.',
  'flash.recoveryStart':
    'Para empezar, indícanos tu nombre de usuario o tu dirección de correo electrónico.',
  'flash.sessionExpired': 'Tu sesión ha expirado tras un periodo de inactividad. Vuelve a empezar.',

  'register.title': 'Crear una cuenta',
  'register.intro': 'Todos los campos son obligatorios.',
  'register.submit': 'Crear cuenta',

  'forgot.title': '¿Has olvidado tu contraseña?',
  'forgot.intro':
    'Introduce tu nombre de usuario o tu dirección de correo electrónico. Si encontramos tu cuenta, te enviaremos un código de recuperación por correo electrónico.',
  'forgot.submit': 'Enviar código de recuperación',

  'recover.title': 'Introduce el código que te hemos enviado por correo electrónico',
  'recover.intro': 'Introduce el código y elige una contraseña nueva.',
  'recover.submit': 'Restablecer contraseña',
  'recover.resendTitle': '¿No te ha llegado el correo?',
  'recover.resendText':
    'Revisa tu carpeta de correo no deseado. Un código nuevo sustituye al anterior.',
  'recover.resend': 'Enviar un código nuevo',
  'recover.restart': 'Usar otro nombre de usuario o dirección de correo electrónico',

  'change.title': 'Cambiar tu contraseña',
  'change.intro': 'Introduce tu contraseña actual y elige una nueva.',
  'change.submit': 'Cambiar contraseña',

  'errorPage.reference': 'Referencia: {id}',
  'errorPage.home': 'Volver a la página de inicio',
  'errorPage.retry': 'Volver a intentarlo',
  'errorPage.csrf.title': 'Este formulario ha expirado',
  'errorPage.csrf.text':
    'Por tu seguridad, vuelve atrás, recarga la página y envía el formulario de nuevo.',
  'errorPage.rateLimited.title': 'Demasiados intentos',
  'errorPage.rateLimited.text': 'Espera {count} minutos antes de volver a intentarlo.',
  'errorPage.unavailable.title': 'Servicio no disponible temporalmente',
  'errorPage.unavailable.text':
    'No hemos podido conectar con el servicio de cuentas. No se ha cambiado nada. Inténtalo de nuevo dentro de unos minutos.',
  'errorPage.storeUnavailable.title': 'No disponible temporalmente',
  'errorPage.storeUnavailable.text':
    'Este servicio no está disponible temporalmente. No se ha cambiado nada. Inténtalo de nuevo dentro de un minuto.',
  'errorPage.badRequest.title': 'No hemos podido leer esa solicitud',
  'errorPage.badRequest.text': 'Vuelve atrás y usa el formulario de la página.',
  'errorPage.tooLarge.title': 'Demasiados datos',
  'errorPage.tooLarge.text':
    'El formulario contenía más datos de los que aceptamos. Acorta lo que has escrito.',
  'errorPage.notFound.title': 'Página no encontrada',
  'errorPage.notFound.text': 'La página que has solicitado no existe.',
  'errorPage.methodNotAllowed.title': 'Acción no permitida',
  'errorPage.methodNotAllowed.text': 'Esta página no se puede usar de esa manera.',
  'errorPage.internal.title': 'Algo ha salido mal',
  'errorPage.internal.text':
    'Se ha producido un error inesperado. No se ha cambiado nada. Inténtalo de nuevo.',
  // Verificación de la dirección de correo electrónico y registro que empieza por el correo.
  'field.verificationCode': 'Código de verificación',
  'hint.verificationCode':
    'Las 8 letras y números del correo. Puedes pegarlo; los espacios y las mayúsculas no importan.',
  'verify.title': 'Revisa tu correo electrónico',
  'verify.intro':
    'Hemos enviado un código de verificación a {email}. Introdúcelo a continuación para activar tu cuenta.',
  'verify.introEmailFirst': 'Hemos enviado un código a {email}. Introdúcelo y elige tu contraseña.',
  'verify.submit': 'Verificar mi dirección de correo electrónico',
  'verify.submitEmailFirst': 'Continuar',
  'verify.resendTitle': '¿No te ha llegado el correo?',
  'verify.resendText':
    'Puede tardar unos minutos. Revisa tu carpeta de correo no deseado. Si solicitas un código nuevo, solo funcionará el más reciente.',
  'verify.resend': 'Enviar un código nuevo',
  'verify.restart': 'Usar otra dirección de correo electrónico',
  'registerEmail.intro':
    'Introduce tu dirección de correo electrónico. Te enviaremos un código para verificarla.',
  'registerEmail.submit': 'Enviarme un código',
  'error.verificationCode.format': 'El código tiene 8 letras y números.',
  'error.verificationCode.invalid':
    'Este código no es correcto, ha expirado o se ha sustituido por uno más reciente. Revisa el correo más reciente e inténtalo de nuevo.',
  'error.verificationCode.exhausted':
    'Demasiados códigos incorrectos. Solicita un código nuevo a continuación e introduce el más reciente.',
  'flash.verifyResent': 'Te hemos enviado un código nuevo. Solo funciona el código más reciente.',
  'flash.verifyResendCapped':
    'Hoy ya no podemos enviar más códigos a esta dirección. Usa el código más reciente que hayas recibido o vuelve a intentarlo mañana.',
  'flash.verifyStart': 'Vuelve a empezar el registro.',
  'flash.accountVerified':
    'Tu dirección de correo electrónico se ha verificado. Tu cuenta está lista.',
  'done.title': 'Tu cuenta está lista',
  'done.text':
    'Ahora inicia sesión en la aplicación en la que te has registrado. Usa tu nombre de usuario o tu dirección de correo electrónico y tu contraseña.',
  'username.title': 'Elige tu nombre de usuario',
  'username.intro':
    'Tu dirección de correo electrónico se ha verificado. Ahora elige el nombre de usuario con el que iniciarás sesión.',
  'username.submit': 'Guardar nombre de usuario',
  // Inicio de sesión, página de inicio de sesión y área de la cuenta.
  'signin.failed.title': 'No se ha podido completar el inicio de sesión',
  'signin.failed.text':
    'La respuesta de inicio de sesión no era válida o ya se había usado. No has iniciado sesión. Vuelve a empezar desde la página de inicio de sesión.',
  'signin.expired.title': 'Tu sesión ha terminado',
  'signin.expired.text': 'Por tu seguridad, se ha cerrado tu sesión. Vuelve a iniciar sesión.',
  'signout.button': 'Cerrar sesión',
  'signedOut.title': 'Has cerrado sesión',
  'signedOut.text': 'Tu sesión ha terminado en este dispositivo.',
  'signedOut.again': 'Volver a iniciar sesión',
  'signon.title': 'Iniciar sesión',
  'signon.intro':
    'Inicia sesión con tu nombre de usuario o tu dirección de correo electrónico y tu contraseña.',
  'signon.submit': 'Iniciar sesión',
  'signon.forgotLink': '¿Has olvidado tu contraseña?',
  'signon.changeLink': 'Cambiar una contraseña sin iniciar sesión',
  'signon.registerLink': 'Crear una cuenta',
  'error.signon.credentials': 'El nombre de usuario o la contraseña no son correctos.',
  'error.signon.locked':
    'Demasiados intentos fallidos. Podrás volver a intentarlo dentro de {count} minutos.',
  'error.signon.locked|one':
    'Demasiados intentos fallidos. Podrás volver a intentarlo dentro de {count} minuto.',
  'error.signon.locked|many':
    'Demasiados intentos fallidos. Podrás volver a intentarlo dentro de {count} minutos.',
  'error.signon.code': 'El código no es correcto o ha expirado.',
  'signon.newPassword.title': 'Elige una contraseña nueva',
  'signon.newPassword.mustChange':
    'Se ha restablecido tu contraseña. Elige una nueva para continuar.',
  'signon.newPassword.expired': 'Tu contraseña ha expirado. Elige una nueva para continuar.',
  'signon.newPassword.submit': 'Guardar y continuar',
  'signon.forgot.title': 'Restablecer tu contraseña',
  'signon.forgot.intro':
    'Introduce tu nombre de usuario o tu dirección de correo electrónico. Si alguna cuenta coincide, enviaremos un código a su dirección de correo electrónico.',
  'signon.forgot.submit': 'Enviar un código',
  'signon.recover.title': 'Introduce el código',
  'signon.recover.intro':
    'Si alguna cuenta coincide, hemos enviado un código a su dirección de correo electrónico. Introdúcelo junto con una contraseña nueva.',
  'signon.recover.submit': 'Restablecer contraseña e iniciar sesión',
  'signon.back': 'Volver al inicio de sesión',
  'flash.signonRestart':
    'Ese inicio de sesión ha tardado demasiado o ya había terminado. Vuelve a iniciar sesión.',
  'signon.unsupported':
    'Este paso del inicio de sesión no se puede completar en esta página. Ponte en contacto con el servicio de asistencia.',
  'account.title': 'Tu cuenta',
  'account.intro': 'Revisa y actualiza tus datos.',
  'account.submit': 'Guardar cambios',
  'account.username': 'Nombre de usuario',
  'account.usernameHint': 'Tu nombre de usuario no se puede cambiar.',
  'field.givenName': 'Nombre',
  'field.familyName': 'Apellidos',
  'field.preferredLanguage': 'Idioma preferido',
  'field.noPreference': 'Sin preferencia',
  'account.reauth':
    'Por tu seguridad, vuelve a iniciar sesión antes de cambiar tu dirección de correo electrónico.',
  'flash.accountSaved': 'Se han guardado tus datos.',
  'account.nav.label': 'Cuenta',
  'account.nav.profile': 'Datos',
  'account.nav.password': 'Contraseña',
  'account.nav.sessions': 'Sesiones',
  'accountPassword.title': 'Cambiar tu contraseña',
  'accountPassword.intro': 'Introduce tu contraseña actual y elige una nueva.',
  'accountPassword.submit': 'Cambiar contraseña',
  'error.currentPassword': 'La contraseña actual no es correcta.',
  'flash.accountPasswordChanged': 'Se ha cambiado tu contraseña.',
  'sessions.title': 'Tus sesiones',
  'sessions.intro': 'Estos son los lugares en los que has iniciado sesión.',
  'sessions.current': 'Esta sesión',
  'sessions.browser': 'Navegador',
  'sessions.lastSignOn': 'Último inicio de sesión',
  'sessions.place': 'Lugar',
  'sessions.unknown': 'Desconocido',
  'sessions.signOutOthers': 'Cerrar todas las demás sesiones',
  'flash.sessionsEnded': 'Se han cerrado {count} sesiones abiertas en otros lugares.',
  'flash.sessionsEnded|one': 'Se ha cerrado {count} sesión abierta en otro lugar.',
  'flash.sessionsEnded|many': 'Se han cerrado {count} sesiones abiertas en otros lugares.',
  'home.signedIn.title': 'Te damos la bienvenida, {name}',
  'home.account.title': 'Tu cuenta',
  'home.account.text': 'Consulta y cambia tus datos.',
  'home.accountPassword.text': 'Cambia tu contraseña.',
  'home.sessions.text': 'Consulta dónde has iniciado sesión.',
  'home.signin.title': 'Iniciar sesión',
  'home.signin.text': 'Inicia sesión para consultar y cambiar tu cuenta.',
  'done.registered.title': 'Se ha creado tu cuenta',
  'done.registered.text': 'Ya puedes iniciar sesión con tu nombre de usuario y tu contraseña.',
  'done.recovered.title': 'Se ha restablecido tu contraseña',
  'done.recovered.text':
    'Inicia sesión con tu contraseña nueva. El código de recuperación ya no funciona.',
  'done.changed.title': 'Se ha cambiado tu contraseña',
  'done.changed.text': 'Usa tu contraseña nueva la próxima vez que inicies sesión.',
  'done.signIn': 'Iniciar sesión',
  'done.home': 'Ir a la página de inicio',
  'nav.back': 'Volver',
  'change.forgot': '¿Has olvidado tu contraseña actual?',
  'flash.sessionExpiredForm':
    'Tu sesión ha expirado, así que no se ha enviado nada. Revisa el formulario y vuelve a enviarlo (tendrás que volver a escribir las contraseñas y los códigos).',
  'policy.submitOnly': '(se comprueba al enviar)',
  'error.password.policyMarked':
    'Elige una contraseña que cumpla los {count} requisitos marcados con ✗.',
  'error.password.policyMarked|one': 'Elige una contraseña que cumpla el requisito marcado con ✗.',
  'error.password.policyMarked|many':
    'Elige una contraseña que cumpla los {count} requisitos marcados con ✗.',
  'strength.label': 'Seguridad:',
  'strength.score0':
    'muy fácil de adivinar. Prueba con una frase de contraseña: tres o cuatro palabras sin relación entre sí.',
  'strength.score1':
    'fácil de adivinar. Una contraseña más larga, o unas cuantas palabras sin relación entre sí, es mucho más segura.',
  'strength.score2': 'bastante difícil de adivinar. Con una palabra más, será mucho más difícil.',
  'strength.score3': 'difícil de adivinar.',
  'strength.score4': 'muy difícil de adivinar.',
  'recover.sentTo':
    'Si alguna cuenta coincide con {identifier}, hemos enviado un código de recuperación a la dirección de correo electrónico de esa cuenta.',
  'recover.resendWait': 'Podrás solicitar un código nuevo dentro de {count} segundos.',
  'recover.resendWait|one': 'Podrás solicitar un código nuevo dentro de {count} segundo.',
  'recover.resendWait|many': 'Podrás solicitar un código nuevo dentro de {count} segundos.',
  'flash.resendCooldown|one': 'Espera {count} segundo antes de solicitar otro código.',
  'flash.resendCooldown|many': 'Espera {count} segundos antes de solicitar otro código.',
  'error.username.required': 'Introduce un nombre de usuario',
  'error.email.required': 'Introduce tu dirección de correo electrónico',
  'error.password.required': 'Introduce una contraseña',
  'error.newPassword.required': 'Introduce una contraseña nueva',
  'error.confirmPassword.required': 'Vuelve a introducir la contraseña',
  'error.confirmNewPassword.required': 'Vuelve a introducir la contraseña nueva',
  'error.currentPassword.required': 'Introduce tu contraseña actual',
  'error.recoveryCode.required': 'Introduce el código del correo',
  'error.identifier.required':
    'Introduce tu nombre de usuario o tu dirección de correo electrónico',
  'error.signonPassword.required': 'Introduce tu contraseña',
  'error.givenName.required': 'Introduce tu nombre',
  'error.familyName.required': 'Introduce tus apellidos',
  'error.verificationCode.required': 'Introduce el código del correo',
  'error.preferredLanguage.invalid': 'Elige un idioma de la lista',
  'error.titlePrefix': 'Error: ',
  'error.action.recover': 'Recuperar tu contraseña',
  'policy.headingRegister': 'Tu contraseña debe:',
  'policy.rule.upper|one': 'contener al menos {count} letra mayúscula (A–Z)',
  'policy.rule.upper|many': 'contener al menos {count} letras mayúsculas (A–Z)',
  'policy.rule.lower|one': 'contener al menos {count} letra minúscula (a–z)',
  'policy.rule.lower|many': 'contener al menos {count} letras minúsculas (a–z)',
  'policy.rule.digit|one': 'contener al menos {count} número (0–9)',
  'policy.rule.digit|many': 'contener al menos {count} números (0–9)',
  'errorPage.rateLimited.text|one': 'Espera {count} minuto antes de volver a intentarlo.',
  'errorPage.rateLimited.text|many': 'Espera {count} minutos antes de volver a intentarlo.',
  'password.showShort': 'Mostrar',
  'password.hideShort': 'Ocultar',
  // Verificación al iniciar sesión, cambio verificado del correo y vuelta a la aplicación.
  'signon.verify.title': 'Verifica tu dirección de correo electrónico',
  'signon.verify.intro':
    'Tu cuenta está pendiente de que se verifique su dirección de correo electrónico. Introduce el código que te hemos enviado para terminar de iniciar sesión.',
  'signon.verify.submit': 'Verificar e iniciar sesión',
  'signon.verify.restart': 'Iniciar sesión con otra cuenta',
  'accountEmail.title': 'Verifica tu dirección de correo electrónico',
  'accountEmail.intro':
    'Hemos enviado un código a la dirección que aparece abajo. Introdúcelo para verificar la dirección. Hasta entonces, seguirá marcada como no verificada.',
  'accountEmail.submit': 'Verificar la dirección',
  'accountEmail.back': 'Volver a tu cuenta',
  'accountEmail.unverified': 'Esta dirección aún no está verificada.',
  'accountEmail.confirmLink': 'Verificarla',
  'flash.emailChangePending':
    'Se han guardado tus datos. Introduce el código que hemos enviado a tu nueva dirección para verificarla.',
  'flash.emailVerified': 'Tu dirección de correo electrónico se ha verificado.',
  'continue.app': 'Continuar a la aplicación',
} satisfies Catalogue;
