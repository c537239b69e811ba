/**
 * The e-mail address verification e-mail (`user.emailVerification.send`) in PingOne's reserved
 * languages [I: PingOne's "Email Verification" template is configurable and its default wording
 * is not documented].
 */
import type { MailTemplate } from '../code-mail.js';

/** The e-mail verification e-mail by locale. */
export const EMAIL_VERIFICATION_MAIL: MailTemplate = {
  cs: {
    subject: 'Ověřte svou e-mailovou adresu',
    intro: 'Pomocí tohoto kódu ověříte svou e-mailovou adresu:',
    outro:
      'Kód je platný {lifetime}. Pokud jste o ověření této adresy nežádali, můžete tuto zprávu ignorovat.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Verwenden Sie diesen Code, um Ihre E-Mail-Adresse zu bestätigen:',
    outro:
      'Der Code ist {lifetime} lang gültig. Wenn Sie die Bestätigung dieser Adresse nicht angefordert haben, können Sie diese Nachricht ignorieren.',
  },
  en: {
    subject: 'Verify your email address',
    intro: 'Use this code to verify your email address:',
    outro:
      'The code expires in {lifetime}. If you did not ask to verify this address, you can ignore this message.',
  },
  es: {
    subject: 'Verifique su dirección de correo electrónico',
    intro: 'Use este código para verificar su dirección de correo electrónico:',
    outro:
      'El código expira en {lifetime}. Si no solicitó verificar esta dirección, puede ignorar este mensaje.',
  },
  fr: {
    subject: 'Vérifiez votre adresse e-mail',
    intro: 'Utilisez ce code pour vérifier votre adresse e-mail\u00a0:',
    outro:
      'Le code expire dans {lifetime}. Si vous n’avez pas demandé à vérifier cette adresse, vous pouvez ignorer ce message.',
  },
  'fr-CA': {
    subject: 'Vérifiez votre adresse courriel',
    intro: 'Utilisez ce code pour vérifier votre adresse courriel\u00a0:',
    outro:
      'Le code expire dans {lifetime}. Si vous n’avez pas demandé la vérification de cette adresse, vous pouvez ignorer ce courriel.',
  },
  hu: {
    subject: 'Erősítse meg az e-mail-címét',
    intro: 'Az e-mail-címe megerősítéséhez használja ezt a kódot:',
    outro:
      'A kód érvényességi ideje: {lifetime}. Ha nem kérte ennek a címnek a megerősítését, nyugodtan hagyja figyelmen kívül ezt az üzenetet.',
  },
  it: {
    subject: 'Verifica il tuo indirizzo email',
    intro: 'Usa questo codice per verificare il tuo indirizzo email:',
    outro:
      'Il codice scade tra {lifetime}. Se non hai chiesto di verificare questo indirizzo, puoi ignorare questo messaggio.',
  },
  ja: {
    subject: 'メールアドレスの確認',
    intro: 'メールアドレスを確認するには、次のコードを入力してください：',
    outro:
      'このコードの有効期限は{lifetime}です。このアドレスの確認をリクエストしていない場合は、このメールを無視してください。',
  },
  ko: {
    subject: '이메일 주소 인증',
    intro: '이메일 주소를 인증하려면 다음 코드를 사용하세요:',
    outro:
      '이 코드는 {lifetime} 동안 유효합니다. 이 주소의 인증을 요청하지 않았다면 이 메시지를 무시하셔도 됩니다.',
  },
  nl: {
    subject: 'Verifieer uw e-mailadres',
    intro: 'Gebruik deze code om uw e-mailadres te verifiëren:',
    outro:
      'De code verloopt over {lifetime}. Als u niet hebt gevraagd om dit adres te verifiëren, kunt u dit bericht negeren.',
  },
  pl: {
    subject: 'Zweryfikuj swój adres e-mail',
    intro: 'Użyj tego kodu, aby zweryfikować adres e-mail:',
    outro:
      'Kod jest ważny przez {lifetime}. Jeżeli prośba o weryfikację tego adresu nie pochodzi od Ciebie, możesz zignorować tę wiadomość.',
  },
  pt: {
    subject: 'Verifique seu endereço de e-mail',
    intro: 'Use este código para verificar seu endereço de e-mail:',
    outro:
      'O código expira em {lifetime}. Se você não pediu para verificar este endereço, ignore esta mensagem.',
  },
  ru: {
    subject: 'Подтвердите адрес электронной почты',
    intro: 'Используйте этот код, чтобы подтвердить адрес электронной почты:',
    outro:
      'Срок действия кода: {lifetime}. Если вы не запрашивали подтверждение этого адреса, просто проигнорируйте это письмо.',
  },
  th: {
    subject: 'ยืนยันที่อยู่อีเมลของคุณ',
    intro: 'ใช้รหัสนี้เพื่อยืนยันที่อยู่อีเมลของคุณ:',
    outro: 'รหัสนี้จะหมดอายุใน {lifetime} หากคุณไม่ได้ขอยืนยันที่อยู่นี้ คุณสามารถละเว้นข้อความนี้ได้',
  },
  tr: {
    subject: 'E-posta adresinizi doğrulayın',
    intro: 'E-posta adresinizi doğrulamak için bu kodu kullanın:',
    outro:
      'Kod {lifetime} boyunca geçerlidir. Bu adresin doğrulanmasını siz istemediyseniz bu e-postayı dikkate almayabilirsiniz.',
  },
  zh: {
    subject: '验证您的电子邮件地址',
    intro: '请使用此验证码验证您的电子邮件地址：',
    outro: '验证码将在{lifetime}后失效。如果您没有请求验证此地址，请忽略此邮件。',
  },
};
