/**
 * The forms of the hosted sign-on page, one per flow status (and the two extra views of the
 * first step: forgotten password, registration). Every form posts back to the page with the
 * action to run and the CSRF token; labels are real `<label>`s, errors are `role="alert"`.
 */
import type { PasswordPolicyRecord } from '../store/types.js';
import { escapeHtml as e } from './html.js';

/** What a view needs. */
export interface ViewModel {
  /** The page's own URL (with `flowId`). */
  action: string;
  csrf: string;
  status: string;
  appName: string;
  /** The username to show in the first field. */
  username: string;
  registration: boolean;
  policy: PasswordPolicyRecord | null;
  error: string | null;
  /** Extra view of the first step: `forgot` or `register`. */
  view: string | null;
  resumeUrl: string;
}

const field = (name: string, label: string, type: string, extra = '') =>
  `<label for="${name}">${e(label)}</label><input id="${name}" name="${name}" type="${type}" required ${extra}>`;

function form(m: ViewModel, flowAction: string, inner: string, button: string, primary = true) {
  return (
    `<form method="post" action="${e(m.action)}"><input type="hidden" name="csrf" value="${e(m.csrf)}">` +
    `<input type="hidden" name="action" value="${e(flowAction)}">${inner}` +
    `<button type="submit"${primary ? ' class="primary"' : ''}>${e(button)}</button></form>`
  );
}

function link(m: ViewModel, view: string | null, text: string): string {
  const url = new URL(m.action);
  if (view) url.searchParams.set('view', view);
  else url.searchParams.delete('view');
  return `<p><a href="${e(url.pathname + url.search)}">${e(text)}</a></p>`;
}

/** The policy's main rules as a list, for the fields that ask for a new password. */
function requirements(policy: PasswordPolicyRecord | null): string {
  if (!policy) return '';
  const rules = policy.rules as {
    length?: { min?: number; max?: number };
    minCharacters?: Record<string, number>;
  };
  const items: string[] = [];
  if (rules.length?.min) items.push(`At least ${rules.length.min} characters`);
  for (const [chars, count] of Object.entries(rules.minCharacters ?? {})) {
    items.push(`At least ${count} of ${chars}`);
  }
  if (items.length === 0) return '';
  return `<p class="note" id="req">The password must have:</p><ul class="req">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
}

const NEW_PASSWORD = 'autocomplete="new-password" aria-describedby="req"';

function signOn(m: ViewModel): [string, string] {
  if (m.view === 'forgot') {
    return [
      'Forgot password',
      form(
        m,
        'password.forgot',
        field('username', 'Username', 'text', `autocomplete="username" value="${e(m.username)}"`),
        'Send a recovery code',
      ) + link(m, null, 'Back to sign on'),
    ];
  }
  if (m.view === 'register' && m.registration) {
    return [
      'Register',
      form(
        m,
        'user.register',
        field('username', 'Username', 'text', 'autocomplete="username"') +
          field('email', 'E-mail address', 'email', 'autocomplete="email"') +
          requirements(m.policy) +
          field('password', 'Password', 'password', NEW_PASSWORD),
        'Register',
      ) + link(m, null, 'Back to sign on'),
    ];
  }
  return [
    'Sign on',
    form(
      m,
      'usernamePassword.check',
      field('username', 'Username', 'text', `autocomplete="username" value="${e(m.username)}"`) +
        field('password', 'Password', 'password', 'autocomplete="current-password"'),
      'Sign on',
    ) +
      link(m, 'forgot', 'Forgot password?') +
      (m.registration ? link(m, 'register', 'No account? Register') : ''),
  ];
}

function startOver(m: ViewModel): string {
  return form(m, 'session.reset', '', 'Start over', false);
}

const BODIES: Record<string, (m: ViewModel) => [string, string]> = {
  USERNAME_PASSWORD_REQUIRED: signOn,
  MUST_CHANGE_PASSWORD: (m) =>
    changePassword(m, 'You must change your password before you continue.'),
  PASSWORD_EXPIRED: (m) => changePassword(m, 'Your password has expired. Choose a new one.'),
  RECOVERY_CODE_REQUIRED: (m) => [
    'Reset your password',
    '<p class="note">If the account can recover its password, a recovery code was sent to its e-mail address.</p>' +
      form(
        m,
        'password.recover',
        field('recoveryCode', 'Recovery code', 'text', 'autocomplete="one-time-code"') +
          requirements(m.policy) +
          field('newPassword', 'New password', 'password', NEW_PASSWORD),
        'Reset password',
      ) +
      form(m, 'password.sendRecoveryCode', '', 'Send a new code', false) +
      startOver(m),
  ],
  VERIFICATION_CODE_REQUIRED: (m) => [
    'Verify your account',
    '<p class="note">Enter the verification code sent to your e-mail address.</p>' +
      form(
        m,
        'user.verify',
        field('verificationCode', 'Verification code', 'text', 'autocomplete="one-time-code"'),
        'Verify',
      ) +
      form(m, 'user.sendVerificationCode', '', 'Send a new code', false) +
      startOver(m),
  ],
  COMPLETED: (m) => [
    'Signed on',
    `<p>You are signed on.</p><p><a href="${e(m.resumeUrl)}">Continue to ${e(m.appName)}</a></p>`,
  ],
};

function changePassword(m: ViewModel, why: string): [string, string] {
  return [
    'Change your password',
    `<p class="note">${e(why)}</p>` +
      form(
        m,
        'password.reset',
        field(
          'currentPassword',
          'Current password',
          'password',
          'autocomplete="current-password"',
        ) +
          requirements(m.policy) +
          field('newPassword', 'New password', 'password', NEW_PASSWORD),
        'Change password',
      ) +
      startOver(m),
  ];
}

/** Title and body HTML of the page for the flow's status. */
export function renderFlowPage(m: ViewModel): [string, string] {
  const [title, body] = (BODIES[m.status] ?? BODIES.COMPLETED!)(m);
  const error = m.error ? `<p class="error" role="alert">${e(m.error)}</p>` : '';
  return [title, `<h1>${e(title)}</h1><p class="note">to ${e(m.appName)}</p>${error}${body}`];
}
