/**
 * The password recovery e-mail (`password.sendRecoveryCode`, the flow's `password.forgot`) in
 * PingOne's reserved languages [I: PingOne's "Recovery Code Template" is configurable and its
 * default wording is not documented]. French puts a no-break space before a colon.
 */
import type { MailTemplate } from '../code-mail.js';

/** The recovery e-mail by locale. */
export const RECOVERY_MAIL: MailTemplate = {
  cs: {
    subject: 'Kód pro obnovení hesla',
    intro: 'Pomocí tohoto kódu si obnovíte heslo:',
    outro:
      'Kód je platný {lifetime}. Pokud jste o obnovení hesla nežádali, můžete tuto zprávu ignorovat.',
  },
  de: {
    subject: 'Ihr Code zum Zurücksetzen des Passworts',
    intro: 'Verwenden Sie diesen Code, um Ihr Passwort zurückzusetzen:',
    outro:
      'Der Code ist {lifetime} lang gültig. Wenn Sie das Zurücksetzen Ihres Passworts nicht angefordert haben, können Sie diese Nachricht ignorieren.',
  },
  en: {
    subject: 'Your password recovery code',
    intro: 'Use this code to reset your password:',
    outro:
      'The code expires in {lifetime}. If you did not ask to reset your password, you can ignore this message.',
  },
  es: {
    subject: 'Su código de recuperación de contraseña',
    intro: 'Use este código para restablecer su contraseña:',
    outro:
      'El código expira en {lifetime}. Si no solicitó restablecer su contraseña, puede ignorar este mensaje.',
  },
  fr: {
    subject: 'Votre code de récupération de mot de passe',
    intro: 'Utilisez ce code pour réinitialiser votre mot de passe\u00a0:',
    outro:
      'Le code expire dans {lifetime}. Si vous n’avez pas demandé à réinitialiser votre mot de passe, vous pouvez ignorer ce message.',
  },
  'fr-CA': {
    subject: 'Votre code de récupération de mot de passe',
    intro: 'Utilisez ce code pour réinitialiser votre mot de passe\u00a0:',
    outro:
      'Le code expire dans {lifetime}. Si vous n’avez pas demandé la réinitialisation de votre mot de passe, vous pouvez ignorer ce courriel.',
  },
  hu: {
    subject: 'Jelszó-visszaállítási kód',
    intro: 'A jelszava visszaállításához használja ezt a kódot:',
    outro:
      'A kód érvényességi ideje: {lifetime}. Ha nem kérte a jelszava visszaállítását, nyugodtan hagyja figyelmen kívül ezt az üzenetet.',
  },
  it: {
    subject: 'Il tuo codice per il recupero della password',
    intro: 'Usa questo codice per reimpostare la password:',
    outro:
      'Il codice scade tra {lifetime}. Se non hai chiesto di reimpostare la password, puoi ignorare questo messaggio.',
  },
  ja: {
    subject: 'パスワード再設定用のコード',
    intro: 'パスワードを再設定するには、次のコードを入力してください：',
    outro:
      'このコードの有効期限は{lifetime}です。パスワードの再設定をリクエストしていない場合は、このメールを無視してください。',
  },
  ko: {
    subject: '비밀번호 재설정 코드',
    intro: '비밀번호를 재설정하려면 다음 코드를 사용하세요:',
    outro:
      '이 코드는 {lifetime} 동안 유효합니다. 비밀번호 재설정을 요청하지 않았다면 이 메시지를 무시하셔도 됩니다.',
  },
  nl: {
    subject: 'Uw code om uw wachtwoord te herstellen',
    intro: 'Gebruik deze code om uw wachtwoord opnieuw in te stellen:',
    outro:
      'De code verloopt over {lifetime}. Als u niet hebt gevraagd om uw wachtwoord opnieuw in te stellen, kunt u dit bericht negeren.',
  },
  pl: {
    subject: 'Kod do resetowania hasła',
    intro: 'Użyj tego kodu, aby zresetować hasło:',
    outro:
      'Kod jest ważny przez {lifetime}. Jeżeli prośba o zresetowanie hasła nie pochodzi od Ciebie, możesz zignorować tę wiadomość.',
  },
  pt: {
    subject: 'Seu código de recuperação de senha',
    intro: 'Use este código para redefinir sua senha:',
    outro:
      'O código expira em {lifetime}. Se você não pediu para redefinir sua senha, ignore esta mensagem.',
  },
  ru: {
    subject: 'Код для восстановления пароля',
    intro: 'Используйте этот код, чтобы сбросить пароль:',
    outro:
      'Срок действия кода: {lifetime}. Если вы не запрашивали сброс пароля, просто проигнорируйте это письмо.',
  },
  th: {
    subject: 'รหัสสำหรับกู้คืนรหัสผ่านของคุณ',
    intro: 'ใช้รหัสนี้เพื่อรีเซ็ตรหัสผ่านของคุณ:',
    outro: 'รหัสนี้จะหมดอายุใน {lifetime} หากคุณไม่ได้ขอรีเซ็ตรหัสผ่าน คุณสามารถละเว้นข้อความนี้ได้',
  },
  tr: {
    subject: 'Şifre sıfırlama kodunuz',
    intro: 'Şifrenizi sıfırlamak için bu kodu kullanın:',
    outro:
      'Kod {lifetime} boyunca geçerlidir. Şifrenizi sıfırlamayı siz istemediyseniz bu e-postayı dikkate almayabilirsiniz.',
  },
  zh: {
    subject: '您的密码重置验证码',
    intro: '请使用此验证码重置您的密码：',
    outro: '验证码将在{lifetime}后失效。如果您没有请求重置密码，请忽略此邮件。',
  },
};
