/**
 * The account verification e-mail (`lifecycle` VERIFICATION_REQUIRED: `sendVerificationCode`,
 * import, registration in a flow) in PingOne's reserved languages [I: PingOne's "Verification
 * Code Template" is configurable; the wording follows its purpose]. The code never expires
 * (docs/pingone-behaviour.md §3.8), so no `{lifetime}`.
 */
import type { MailTemplate } from '../code-mail.js';

/** The account verification e-mail by locale. */
export const VERIFICATION_MAIL: MailTemplate = {
  cs: {
    subject: 'Ověřte svůj účet',
    intro: 'Pomocí tohoto kódu ověříte svůj účet:',
    outro: 'Platnost kódu nevyprší. Pokud jste si účet nezaložili, můžete tuto zprávu ignorovat.',
  },
  de: {
    subject: 'Bestätigen Sie Ihr Konto',
    intro: 'Verwenden Sie diesen Code, um Ihr Konto zu bestätigen:',
    outro:
      'Der Code läuft nicht ab. Wenn Sie kein Konto erstellt haben, können Sie diese Nachricht ignorieren.',
  },
  en: {
    subject: 'Verify your account',
    intro: 'Use this code to verify your account:',
    outro:
      'The code does not expire. If you did not create an account, you can ignore this message.',
  },
  es: {
    subject: 'Verifique su cuenta',
    intro: 'Use este código para verificar su cuenta:',
    outro: 'El código no expira. Si no creó una cuenta, puede ignorar este mensaje.',
  },
  fr: {
    subject: 'Vérifiez votre compte',
    intro: 'Utilisez ce code pour vérifier votre compte\u00a0:',
    outro:
      'Ce code n’expire pas. Si vous n’avez pas créé de compte, vous pouvez ignorer ce message.',
  },
  'fr-CA': {
    subject: 'Vérifiez votre compte',
    intro: 'Utilisez ce code pour vérifier votre compte\u00a0:',
    outro:
      'Ce code n’expire pas. Si vous n’avez pas créé de compte, vous pouvez ignorer ce courriel.',
  },
  hu: {
    subject: 'Erősítse meg a fiókját',
    intro: 'A fiókja megerősítéséhez használja ezt a kódot:',
    outro:
      'A kód nem jár le. Ha nem Ön hozta létre a fiókot, nyugodtan hagyja figyelmen kívül ezt az üzenetet.',
  },
  it: {
    subject: 'Verifica il tuo account',
    intro: 'Usa questo codice per verificare il tuo account:',
    outro: 'Il codice non scade. Se non hai creato un account, puoi ignorare questo messaggio.',
  },
  ja: {
    subject: 'アカウントの確認',
    intro: 'アカウントを確認するには、次のコードを入力してください：',
    outro:
      'このコードに有効期限はありません。アカウントを作成した覚えがない場合は、このメールを無視してください。',
  },
  ko: {
    subject: '계정 인증',
    intro: '계정을 인증하려면 다음 코드를 사용하세요:',
    outro: '이 코드는 만료되지 않습니다. 계정을 만든 적이 없다면 이 메시지를 무시하셔도 됩니다.',
  },
  nl: {
    subject: 'Verifieer uw account',
    intro: 'Gebruik deze code om uw account te verifiëren:',
    outro: 'De code verloopt niet. Als u geen account hebt aangemaakt, kunt u dit bericht negeren.',
  },
  pl: {
    subject: 'Zweryfikuj swoje konto',
    intro: 'Użyj tego kodu, aby zweryfikować konto:',
    outro:
      'Kod nie wygasa. Jeżeli konto nie zostało założone przez Ciebie, możesz zignorować tę wiadomość.',
  },
  pt: {
    subject: 'Verifique sua conta',
    intro: 'Use este código para verificar sua conta:',
    outro: 'O código não expira. Se você não criou uma conta, ignore esta mensagem.',
  },
  ru: {
    subject: 'Подтвердите учётную запись',
    intro: 'Используйте этот код, чтобы подтвердить учётную запись:',
    outro:
      'Срок действия кода не ограничен. Если вы не создавали учётную запись, просто проигнорируйте это письмо.',
  },
  th: {
    subject: 'ยืนยันบัญชีของคุณ',
    intro: 'ใช้รหัสนี้เพื่อยืนยันบัญชีของคุณ:',
    outro: 'รหัสนี้ไม่มีวันหมดอายุ หากคุณไม่ได้สร้างบัญชี คุณสามารถละเว้นข้อความนี้ได้',
  },
  tr: {
    subject: 'Hesabınızı doğrulayın',
    intro: 'Hesabınızı doğrulamak için bu kodu kullanın:',
    outro:
      'Kodun süresi dolmaz. Bir hesap oluşturmadıysanız bu e-postayı dikkate almayabilirsiniz.',
  },
  zh: {
    subject: '验证您的账户',
    intro: '请使用此验证码验证您的账户：',
    outro: '此验证码长期有效。如果您没有创建账户，请忽略此邮件。',
  },
};
