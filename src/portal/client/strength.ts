/**
 * The password strength hint: zxcvbn-ts with its common dictionaries (about 400 KB), so it is a
 * bundle of its own, loaded by `portal.ts` only when someone starts typing a new password. It is
 * advice, never a rule: the checklist says what PingOne enforces.
 *
 * The hint element (`#password-strength`) carries its own translated texts (`data-score0` …
 * `data-score4`), so this script needs no catalogue.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

function start(): void {
  const hint = document.getElementById('password-strength');
  const form = hint?.closest('form');
  const input = form?.querySelector<HTMLInputElement>('[data-policy-input]');
  if (!hint || !form || !input) return;
  const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const text = hint.querySelector<HTMLElement>('.strength-text');
  let shown = -1;
  const update = () => {
    const password = input.value;
    if (password.length === 0) {
      hint.hidden = true;
      shown = -1;
      return;
    }
    // The person's own username and e-mail make a password easy to guess as well.
    const own = ['username', 'email']
      .map((name) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '')
      .filter((v) => v.length > 0);
    const { score } = zxcvbn.check(password.slice(0, 100), own);
    hint.hidden = false;
    // Only a change of verdict is written, so a screen reader is not told on every key.
    if (score === shown) return;
    shown = score;
    hint.dataset.score = String(score);
    if (text) text.textContent = hint.dataset[`score${score}`] ?? '';
  };
  input.addEventListener('input', update);
  update();
}

start();
