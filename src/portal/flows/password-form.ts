/**
 * The "current password, new password, confirmation" form shared by the sign-on page's
 * new-password step and the account's password page.
 */
import { checkConfirmation, checkPassword, readForm } from '../forms.js';
import type { FieldError } from '../plugins/session.js';
import { collect } from './shared.js';

/** The fields of a password change, and their errors (empty when the form is usable). */
export function readPasswordChange(body: unknown): {
  currentPassword: string;
  password: string;
  errors: Record<string, FieldError>;
} {
  const form = readForm(body, ['currentPassword', 'password', 'confirmPassword'] as const);
  const errors = collect({
    currentPassword:
      form.currentPassword.length === 0 ? { key: 'error.currentPassword.required' } : null,
    password: checkPassword(form.password),
    confirmPassword: checkConfirmation(form.password, form.confirmPassword),
  });
  return { currentPassword: form.currentPassword, password: form.password, errors };
}
