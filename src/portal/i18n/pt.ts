/**
 * Portuguese catalogue (pt), written in Brazilian Portuguese (pt-BR), the variety most PingOne
 * customers' users read and the one PingOne Local's `pt` e-mails use ("senha", "você",
 * "endereço de e-mail"). Glossary (the terms every page and e-mail uses):
 * account = conta; password = senha; code = código; sign in = entrar (noun: login);
 * sign out = sair; e-mail address = endereço de e‑mail; username = nome de usuário;
 * verification code = código de verificação; recovery code = código de recuperação
 * (reset a password = redefinir a senha); session = sessão.
 * Register: "você" with third-person imperatives ("Digite", "Escolha"), as in Brazilian web
 * services. "e‑mail" keeps a non-breaking hyphen (U+2011).
 * Plurals: CLDR pt has one (0 and 1), many (only for compact forms like "1 milhão", not used
 * here: digits take the "other" wording) and other (the base key).
 */
export const pt: Record<string, string> = {
  'layout.skip': 'Pular para o conteúdo principal',
  'layout.language': 'Idioma',
  'layout.languageSubmit': 'Alterar',
  'layout.home': 'Início',
  'layout.footer':
    'Sua senha fica guardada apenas no nosso provedor de identidade, nunca neste site.',

  'home.title': 'Gerencie sua conta',
  'home.intro': 'O que você deseja fazer?',
  'home.register.title': 'Criar uma conta',
  'home.register.text': 'Primeira vez aqui? Cadastre-se com seu endereço de e‑mail e uma senha.',
  'home.change.title': 'Alterar sua senha',
  'home.change.text': 'Você sabe sua senha atual e quer uma nova.',
  'home.forgot.title': 'Esqueceu sua senha?',
  'home.forgot.text': 'Receba um código de recuperação por e‑mail e escolha uma nova senha.',

  'field.username': 'Nome de usuário',
  'field.usernameOrEmail': 'Nome de usuário ou endereço de e‑mail',
  'field.email': 'Endereço de e‑mail',
  'field.password': 'Senha',
  'field.newPassword': 'Nova senha',
  'field.confirmPassword': 'Confirmar senha',
  'field.confirmNewPassword': 'Confirmar nova senha',
  'field.currentPassword': 'Senha atual',
  'field.population': 'Tipo de conta',
  'field.recoveryCode': 'Código de recuperação',
  'field.optionalChoose': 'Selecione…',

  'hint.username': 'Até 128 caracteres. Você vai usá-lo para entrar.',
  'hint.email': 'Enviamos códigos de recuperação de senha para este endereço.',
  'hint.recoveryCode':
    'As 8 letras e números do e‑mail. O código vale por 5 minutos: se o seu expirou, envie um novo.',

  'password.show': 'Mostrar senha',
  'password.hide': 'Ocultar senha',

  'policy.heading': 'Sua nova senha deve:',
  'policy.met': 'atendido',
  'policy.unmet': 'ainda não atendido',
  'policy.rule.lengthMin': 'ter pelo menos {min} caracteres',
  'policy.rule.lengthMax': 'ter no máximo {max} caracteres',
  'policy.rule.lengthRange': 'ter pelo menos {min} caracteres (no máximo {max})',
  'policy.rule.upper': 'conter pelo menos {count} letras maiúsculas (A–Z)',
  'policy.rule.lower': 'conter pelo menos {count} letras minúsculas (a–z)',
  'policy.rule.digit': 'conter pelo menos {count} números (0–9)',
  'policy.rule.special': 'conter pelo menos {count} destes símbolos: {set}',
  'policy.rule.maxRepeatedCharacters': 'não repetir um caractere mais de {max} vezes seguidas',
  'policy.rule.minUniqueCharacters': 'usar pelo menos {min} caracteres diferentes',
  'policy.rule.excludesCommonlyUsed': 'não ser uma senha comum',
  'policy.rule.excludesProfileData': 'não conter seu nome de usuário nem seu endereço de e‑mail',
  'policy.rule.notSimilarToCurrent': 'ser bem diferente da sua senha atual',
  'policy.rule.history': 'não ser sua senha atual nem uma senha usada recentemente',
  'policy.rule.minComplexity': 'ser difícil de adivinhar (frases secretas mais longas ajudam)',
  'policy.rule.numberSequence': 'não conter mais de {max} números em sequência (como 123)',
  'policy.rule.alphabetSequence': 'não conter mais de {max} letras em sequência (como abc)',
  'policy.rule.qwertySequence': 'não conter mais de {max} teclas vizinhas (como qwe)',
  'policy.rule.shiftedNumberRowSequence':
    'não conter mais de {max} símbolos vizinhos no teclado (como !@#)',
  'policy.rule.other': 'atender à política de senhas',

  'error.summaryTitle': 'Há um problema',
  'error.tooLong': 'Use no máximo {max} caracteres.',
  'error.username.invalid':
    'Use de 1 a 128 caracteres, sem quebras de linha nem caracteres de controle.',
  'error.username.taken':
    'Este nome de usuário já está em uso. Escolha outro ou recupere sua senha, se esta conta for sua.',
  'error.email.invalid': 'Digite um endereço de e‑mail como nome@example.com.',
  'error.email.taken':
    'Este endereço de e‑mail já está cadastrado. Recupere sua senha, se esta conta for sua.',
  'error.identifier.invalid': 'Digite seu nome de usuário ou endereço de e‑mail.',
  'error.password.mismatch': 'As duas senhas não coincidem.',
  'error.password.policy': 'A senha não atende aos requisitos: {rules}.',
  'error.password.sameAsCurrent': 'Sua nova senha deve ser diferente da senha atual.',
  'error.password.tooSimilar': 'Sua nova senha é muito parecida com a senha atual.',
  'error.password.tooYoung':
    'Sua senha foi alterada há muito pouco tempo para ser alterada de novo. Tente novamente mais tarde.',
  'error.credentials':
    'O nome de usuário ou a senha estão incorretos, ou esta conta não pode alterar a senha aqui (ela pode estar bloqueada ou ainda não ter senha). Verifique o que você digitou ou recupere sua senha.',
  'error.recoveryCode.format': 'O código tem 8 letras e números.',
  'error.recoveryCode.invalid':
    'Esse código não é válido ou expirou. Verifique o e‑mail ou envie um novo código.',
  'error.recoveryCode.exhausted':
    'Este código não funciona mais depois de muitas tentativas. Por segurança, aguarde um pouco (geralmente 15 minutos) e envie um novo código.',
  'error.population.invalid': 'Escolha uma das opções.',
  'error.population.domain': 'O cadastro não está aberto para este domínio de e‑mail.',
  'error.registration.refused': 'Não foi possível criar a conta com esses dados.',

  'flash.recoveryResent':
    'Se houver uma conta correspondente, um novo código de recuperação está a caminho. Só o código mais recente funciona.',
  'flash.resendCooldown': 'Aguarde {count} segundos antes de pedir outro código.',
  'flash.recoveryStart': 'Comece informando seu nome de usuário ou endereço de e‑mail.',
  'flash.sessionExpired': 'Sua sessão expirou por inatividade. Comece novamente.',

  'register.title': 'Criar uma conta',
  'register.intro': 'Todos os campos são obrigatórios.',
  'register.submit': 'Criar conta',

  'forgot.title': 'Esqueceu sua senha?',
  'forgot.intro':
    'Digite seu nome de usuário ou endereço de e‑mail. Se encontrarmos sua conta, enviaremos um código de recuperação por e‑mail.',
  'forgot.submit': 'Enviar código de recuperação',

  'recover.title': 'Digite o código que enviamos por e‑mail',
  'recover.intro': 'Digite o código e escolha uma nova senha.',
  'recover.submit': 'Redefinir senha',
  'recover.resendTitle': 'Não recebeu o e‑mail?',
  'recover.resendText': 'Verifique sua pasta de spam. Um novo código substitui o anterior.',
  'recover.resend': 'Enviar um novo código',
  'recover.restart': 'Usar outro nome de usuário ou e‑mail',

  'change.title': 'Alterar sua senha',
  'change.intro': 'Digite sua senha atual e escolha uma nova.',
  'change.submit': 'Alterar senha',

  'errorPage.reference': 'Referência: {id}',
  'errorPage.home': 'Voltar à página inicial',
  'errorPage.retry': 'Tentar novamente',
  'errorPage.csrf.title': 'Este formulário expirou',
  'errorPage.csrf.text':
    'Por segurança, volte, recarregue a página e envie o formulário novamente.',
  'errorPage.rateLimited.title': 'Muitas tentativas',
  'errorPage.rateLimited.text': 'Aguarde {count} minutos antes de tentar novamente.',
  'errorPage.unavailable.title': 'Serviço temporariamente indisponível',
  'errorPage.unavailable.text':
    'Não foi possível acessar o serviço de contas. Nada foi alterado. Tente novamente em alguns minutos.',
  'errorPage.storeUnavailable.title': 'Temporariamente indisponível',
  'errorPage.storeUnavailable.text':
    'Este serviço está temporariamente indisponível. Nada foi alterado. Tente novamente em um minuto.',
  'errorPage.badRequest.title': 'Não foi possível ler essa solicitação',
  'errorPage.badRequest.text': 'Volte e use o formulário da página.',
  'errorPage.tooLarge.title': 'Dados demais',
  'errorPage.tooLarge.text':
    'O formulário continha mais dados do que aceitamos. Encurte o que você digitou.',
  'errorPage.notFound.title': 'Página não encontrada',
  'errorPage.notFound.text': 'A página que você pediu não existe.',
  'errorPage.methodNotAllowed.title': 'Ação não permitida',
  'errorPage.methodNotAllowed.text': 'Esta página não pode ser usada dessa forma.',
  'errorPage.internal.title': 'Algo deu errado',
  'errorPage.internal.text': 'Ocorreu um erro inesperado. Nada foi alterado. Tente novamente.',
  // Verificação do endereço de e-mail e cadastro que começa pelo e-mail.
  'field.verificationCode': 'Código de verificação',
  'hint.verificationCode':
    'As 8 letras e números do e‑mail. Você pode colá-lo; espaços e maiúsculas ou minúsculas não importam.',
  'verify.title': 'Confira seu e‑mail',
  'verify.intro':
    'Enviamos um código de verificação para {email}. Digite-o abaixo para ativar sua conta.',
  'verify.introEmailFirst': 'Enviamos um código para {email}. Digite-o e escolha sua senha.',
  'verify.submit': 'Verificar meu endereço de e‑mail',
  'verify.submitEmailFirst': 'Continuar',
  'verify.resendTitle': 'Não recebeu o e‑mail?',
  'verify.resendText':
    'Pode levar alguns minutos. Verifique sua pasta de spam. Se você pedir um novo código, só o mais recente vai funcionar.',
  'verify.resend': 'Enviar um novo código',
  'verify.restart': 'Usar outro endereço de e‑mail',
  'registerEmail.intro': 'Digite seu endereço de e‑mail. Enviaremos um código para confirmá-lo.',
  'registerEmail.submit': 'Enviar código',
  'error.verificationCode.format': 'O código tem 8 letras e números.',
  'error.verificationCode.invalid':
    'Este código está incorreto, expirou ou foi substituído por um mais recente. Verifique o e‑mail mais recente e tente novamente.',
  'error.verificationCode.exhausted':
    'Códigos incorretos demais. Peça um novo código abaixo e digite o mais recente.',
  'flash.verifyResent': 'Um novo código está a caminho. Só o código mais recente funciona.',
  'flash.verifyResendCapped':
    'Não podemos enviar mais códigos para este endereço hoje. Use o código mais recente que você recebeu ou tente novamente amanhã.',
  'flash.verifyStart': 'Comece seu cadastro novamente.',
  'flash.accountVerified': 'Seu endereço de e‑mail foi confirmado. Sua conta está pronta.',
  'done.title': 'Sua conta está pronta',
  'done.text':
    'Agora, entre no aplicativo em que você se cadastrou, com seu nome de usuário ou endereço de e‑mail e sua senha.',
  'username.title': 'Escolha seu nome de usuário',
  'username.intro':
    'Seu endereço de e‑mail foi confirmado. Agora escolha o nome de usuário que você vai usar para entrar.',
  'username.submit': 'Salvar nome de usuário',
  // Login, página de login e área da conta (issue 12).
  'signin.failed.title': 'Não foi possível concluir o login',
  'signin.failed.text':
    'A resposta de login não era válida ou já tinha sido usada. Você não entrou na sua conta. Comece novamente pela página de login.',
  'signin.expired.title': 'Sua sessão terminou',
  'signin.expired.text': 'Por segurança, encerramos sua sessão. Entre novamente.',
  'signout.button': 'Sair',
  'signedOut.title': 'Você saiu da sua conta',
  'signedOut.text': 'Sua sessão foi encerrada neste dispositivo.',
  'signedOut.again': 'Entrar novamente',
  'signon.title': 'Entrar',
  'signon.intro': 'Entre com seu nome de usuário ou endereço de e‑mail e sua senha.',
  'signon.submit': 'Entrar',
  'signon.forgotLink': 'Esqueceu sua senha?',
  'signon.changeLink': 'Alterar uma senha sem entrar',
  'signon.registerLink': 'Criar uma conta',
  'error.signon.credentials': 'O nome de usuário ou a senha estão incorretos.',
  'error.signon.locked':
    'Muitas tentativas sem sucesso. Você pode tentar novamente em {count} minutos.',
  'error.signon.locked|one':
    'Muitas tentativas sem sucesso. Você pode tentar novamente em {count} minuto.',
  'error.signon.code': 'O código está incorreto ou expirou.',
  'signon.newPassword.title': 'Escolha uma nova senha',
  'signon.newPassword.mustChange': 'Sua senha foi redefinida. Escolha uma nova para continuar.',
  'signon.newPassword.expired': 'Sua senha expirou. Escolha uma nova para continuar.',
  'signon.newPassword.submit': 'Salvar e continuar',
  'signon.forgot.title': 'Redefinir sua senha',
  'signon.forgot.intro':
    'Digite seu nome de usuário ou endereço de e‑mail. Se houver uma conta correspondente, enviaremos um código para o e‑mail dela.',
  'signon.forgot.submit': 'Enviar um código',
  'signon.recover.title': 'Digite o código',
  'signon.recover.intro':
    'Se houver uma conta correspondente, enviamos um código para o endereço de e‑mail dela. Digite-o com uma nova senha.',
  'signon.recover.submit': 'Redefinir senha e entrar',
  'signon.back': 'Voltar para o login',
  'flash.signonRestart': 'Esse login demorou demais ou já tinha sido concluído. Entre novamente.',
  'signon.unsupported':
    'Esta etapa do login não pode ser concluída nesta página. Entre em contato com o suporte.',
  'account.title': 'Sua conta',
  'account.intro': 'Confira e atualize seus dados.',
  'account.submit': 'Salvar alterações',
  'account.username': 'Nome de usuário',
  'account.usernameHint': 'Seu nome de usuário não pode ser alterado.',
  'field.givenName': 'Nome',
  'field.familyName': 'Sobrenome',
  'field.preferredLanguage': 'Idioma preferido',
  'field.noPreference': 'Sem preferência',
  'account.reauth': 'Por segurança, entre novamente antes de alterar seu endereço de e‑mail.',
  'flash.accountSaved': 'Seus dados foram salvos.',
  'account.nav.label': 'Conta',
  'account.nav.profile': 'Dados',
  'account.nav.password': 'Senha',
  'account.nav.sessions': 'Sessões',
  'accountPassword.title': 'Alterar sua senha',
  'accountPassword.intro': 'Digite sua senha atual e escolha uma nova.',
  'accountPassword.submit': 'Alterar senha',
  'error.currentPassword': 'A senha atual está incorreta.',
  'flash.accountPasswordChanged': 'Sua senha foi alterada.',
  'sessions.title': 'Suas sessões',
  'sessions.intro': 'Estes são os lugares em que você entrou na sua conta.',
  'sessions.current': 'Esta sessão',
  'sessions.browser': 'Navegador',
  'sessions.lastSignOn': 'Último login',
  'sessions.place': 'Local',
  'sessions.unknown': 'Desconhecido',
  'sessions.signOutOthers': 'Sair de todos os outros lugares',
  'flash.sessionsEnded': 'Sessões encerradas em outros lugares: {count}.',
  'home.signedIn.title': 'Olá, {name}',
  'home.account.title': 'Sua conta',
  'home.account.text': 'Veja e altere seus dados.',
  'home.accountPassword.text': 'Altere sua senha.',
  'home.sessions.text': 'Veja em que lugares você entrou na sua conta.',
  'home.signin.title': 'Entrar',
  'home.signin.text': 'Entre para ver e alterar sua conta.',
  'done.registered.title': 'Sua conta foi criada',
  'done.registered.text': 'Agora você pode entrar com seu nome de usuário e sua senha.',
  'done.recovered.title': 'Sua senha foi redefinida',
  'done.recovered.text': 'Entre com sua nova senha. O código de recuperação não funciona mais.',
  'done.changed.title': 'Sua senha foi alterada',
  'done.changed.text': 'Use sua nova senha na próxima vez que entrar.',
  'done.signIn': 'Entrar',
  'done.home': 'Ir para a página inicial',
  'nav.back': 'Voltar',
  'change.forgot': 'Esqueceu sua senha atual?',
  'flash.sessionExpiredForm':
    'Sua sessão expirou, então nada foi enviado. Confira o formulário e envie-o novamente (senhas e códigos precisam ser digitados de novo).',
  'policy.submitOnly': '(verificado ao enviar)',
  'error.password.policyMarked':
    'Escolha uma senha que atenda aos {count} requisitos marcados com ✗.',
  'error.password.policyMarked|one': 'Escolha uma senha que atenda ao requisito marcado com ✗.',
  'strength.label': 'Força:',
  'strength.score0':
    'muito fácil de adivinhar. Tente uma frase secreta: três ou quatro palavras sem relação entre si.',
  'strength.score1':
    'fácil de adivinhar. Uma senha mais longa, ou algumas palavras sem relação, é muito mais forte.',
  'strength.score2':
    'razoavelmente difícil de adivinhar. Mais uma palavra a torna muito mais difícil.',
  'strength.score3': 'difícil de adivinhar.',
  'strength.score4': 'muito difícil de adivinhar.',
  'recover.sentTo':
    'Se houver uma conta correspondente a {identifier}, enviamos um código de recuperação para o endereço de e‑mail dessa conta.',
  'recover.resendWait': 'Você pode pedir um novo código em {count} segundos.',
  'recover.resendWait|one': 'Você pode pedir um novo código em {count} segundo.',
  'flash.resendCooldown|one': 'Aguarde {count} segundo antes de pedir outro código.',
  'error.username.required': 'Digite um nome de usuário',
  'error.email.required': 'Digite seu endereço de e‑mail',
  'error.password.required': 'Digite uma senha',
  'error.newPassword.required': 'Digite uma nova senha',
  'error.confirmPassword.required': 'Digite a senha novamente',
  'error.confirmNewPassword.required': 'Digite a nova senha novamente',
  'error.currentPassword.required': 'Digite sua senha atual',
  'error.recoveryCode.required': 'Digite o código do e‑mail',
  'error.identifier.required': 'Digite seu nome de usuário ou endereço de e‑mail',
  'error.signonPassword.required': 'Digite sua senha',
  'error.givenName.required': 'Digite seu nome',
  'error.familyName.required': 'Digite seu sobrenome',
  'error.verificationCode.required': 'Digite o código do e‑mail',
  'error.preferredLanguage.invalid': 'Escolha um idioma da lista',
  'error.titlePrefix': 'Erro: ',
  'error.action.recover': 'Recuperar sua senha',
  'policy.headingRegister': 'Sua senha deve:',
  'policy.rule.upper|one': 'conter pelo menos {count} letra maiúscula (A–Z)',
  'policy.rule.lower|one': 'conter pelo menos {count} letra minúscula (a–z)',
  'policy.rule.digit|one': 'conter pelo menos {count} número (0–9)',
  'errorPage.rateLimited.text|one': 'Aguarde {count} minuto antes de tentar novamente.',
  'password.showShort': 'Mostrar',
  'password.hideShort': 'Ocultar',
  // Verificação no login, troca verificada de e-mail e return_to (issues 11 e 12).
  'signon.verify.title': 'Confirme seu endereço de e‑mail',
  'signon.verify.intro':
    'Sua conta está aguardando a confirmação do endereço de e‑mail. Digite o código que enviamos para concluir o login.',
  'signon.verify.submit': 'Confirmar e entrar',
  'signon.verify.restart': 'Entrar com outra conta',
  'accountEmail.title': 'Confirme seu endereço de e‑mail',
  'accountEmail.intro':
    'Enviamos um código para o endereço abaixo. Digite-o para confirmar o endereço. Até lá, ele continua marcado como não confirmado.',
  'accountEmail.submit': 'Confirmar o endereço',
  'accountEmail.back': 'Voltar para sua conta',
  'accountEmail.unverified': 'Este endereço ainda não foi confirmado.',
  'accountEmail.confirmLink': 'Confirmar agora',
  'flash.emailChangePending':
    'Seus dados foram salvos. Digite o código que enviamos para o novo endereço para confirmá-lo.',
  'flash.emailVerified': 'Seu endereço de e‑mail foi confirmado.',
  'continue.app': 'Continuar para o aplicativo',
};
