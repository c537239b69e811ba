/**
 * Browser enhancements (progressive: every page works without them): show/hide password
 * buttons, the live password checklist (same rule code as the server, from `src/policy`), and
 * focus on the error summary or the confirmation.
 */

import { type Evaluation, evaluatePassword, type Unsatisfied } from '../../policy/index.js';
import type { BrowserPolicyData } from '../policy-engine.js';

function setupToggles(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.toggle-password')) {
    const input = document.getElementById(button.dataset.target ?? '');
    if (!(input instanceof HTMLInputElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      // A short visible word; the accessible name (which contains it) says which field.
      button.textContent = (show ? button.dataset.hide : button.dataset.show) ?? '';
      button.setAttribute(
        'aria-label',
        (show ? button.dataset.hideLabel : button.dataset.showLabel) ?? '',
      );
    });
  }
}

function itemIdsFor(data: BrowserPolicyData, failure: Unsatisfied): string[] {
  const candidates = data.items.filter((i) => i.rule === failure.rule);
  if (failure.rule !== 'minCharacters') return candidates.map((i) => i.id);
  const reversed = [...failure.characterSet].reverse().join('');
  const exact = candidates.filter(
    (i) => i.charset === failure.characterSet || i.charset === reversed,
  );
  return (exact.length > 0 ? exact : candidates).map((i) => i.id);
}

function setupChecklist(): void {
  const dataElement = document.getElementById('password-policy-data');
  const list = document.getElementById('password-policy');
  if (!dataElement || !list) return;
  let data: BrowserPolicyData;
  try {
    data = JSON.parse(dataElement.textContent ?? '') as BrowserPolicyData;
  } catch {
    return;
  }
  const form = list.closest('form');
  const input = form?.querySelector<HTMLInputElement>('[data-policy-input]');
  if (!form || !input) return;
  const field = (name: string) =>
    form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';

  const update = () => {
    const password = input.value;
    // After a refusal the list shows the server's verdict (✗ on the failed rules) until a new
    // password is typed.
    if (list.dataset.verdict === 'server') {
      if (password.length === 0) return;
      delete list.dataset.verdict;
    }
    const current = form.querySelector<HTMLInputElement>('[data-current-password]')?.value;
    let result: Evaluation;
    try {
      result = evaluatePassword(data.policy, password, {
        profile: { username: field('username'), email: field('email') },
        ...(current ? { currentPassword: current } : {}),
      });
    } catch {
      return;
    }
    const failing = new Set(result.unsatisfied.flatMap((u) => itemIdsFor(data, u)));
    const evaluated = new Set<string>(result.evaluated);
    for (const item of data.items) {
      const li = document.getElementById(`rule-${item.id}`);
      if (!li) continue;
      const known = evaluated.has(item.rule);
      // A rule only the server checks is never ticked; it can still fail here (the new
      // password equals the current one).
      const state =
        password.length === 0 || !known
          ? 'unknown'
          : failing.has(item.id)
            ? 'unmet'
            : item.submitOnly
              ? 'unknown'
              : 'met';
      li.dataset.state = state;
      const label = li.querySelector<HTMLElement>('.rule-state');
      if (label)
        label.textContent =
          state === 'unknown'
            ? ''
            : ((state === 'met' ? label.dataset.met : label.dataset.unmet) ?? '');
    }
  };
  // Choice mode: another population may have another policy; redraw the list from its data.
  const select = form.querySelector<HTMLSelectElement>('select[name="population"]');
  const template = list.querySelector('li');
  if (select && template && data.byPopulation) {
    const byPopulation = data.byPopulation;
    select.addEventListener('change', () => {
      const next = byPopulation[select.value];
      if (!next) return;
      data = { ...next, byPopulation };
      list.replaceChildren(
        ...next.items.map((item) => {
          const li = template.cloneNode(true) as HTMLElement;
          li.id = `rule-${item.id}`;
          li.dataset.rule = item.id;
          const text = li.querySelector('.rule-text');
          if (text) text.textContent = item.text ?? '';
          const note = li.querySelector<HTMLElement>('.rule-note');
          if (note) note.hidden = !item.submitOnly;
          return li;
        }),
      );
      update();
    });
  }
  for (const el of form.querySelectorAll('input')) el.addEventListener('input', update);
  update();
}

/** Focus on what the page says first: the error summary, or a flow's confirmation. */
function focusMessage(): void {
  const message =
    document.getElementById('error-summary') ?? document.getElementById('confirmation');
  if (message) message.focus();
}

/** Loads the strength hint's own bundle (zxcvbn-ts) once a new password is being typed. */
function setupStrength(): void {
  const hint = document.getElementById('password-strength');
  const input = hint?.closest('form')?.querySelector<HTMLInputElement>('[data-policy-input]');
  const src = hint?.dataset.src;
  if (!input || !src) return;
  const load = () => {
    input.removeEventListener('input', load);
    const script = document.createElement('script');
    script.src = src;
    document.head.append(script);
  };
  input.addEventListener('input', load);
}

/**
 * "Send a new code" during the cooldown: disabled, with a countdown under it, in the page's
 * language (`Intl.PluralRules` picks the message form the page carries; `Intl.NumberFormat` writes
 * the number as the server's ICU messages do).
 */
function setupCountdown(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-wait]')) {
    const wait = Number(button.dataset.wait);
    const note = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    if (!(wait > 0) || !note) continue;
    const lang = document.documentElement.lang;
    const rules = new Intl.PluralRules(lang);
    const numbers = new Intl.NumberFormat(lang);
    const end = Date.now() + wait * 1000;
    const tick = () => {
      const left = Math.ceil((end - Date.now()) / 1000);
      button.disabled = left > 0;
      note.hidden = left <= 0;
      if (left <= 0) {
        clearInterval(timer);
        return;
      }
      const message = note.dataset[rules.select(left)] ?? note.dataset.other ?? '';
      note.textContent = message.replace('{count}', numbers.format(left));
    };
    const timer = setInterval(tick, 1000);
    tick();
  }
}

/**
 * Error summary links: focus the field and scroll so that its label and message are in view,
 * not only the input (GOV.UK's error summary behaviour).
 */
function setupSummaryLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#error-summary a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      const input = document.getElementById(link.hash.slice(1));
      const field = input?.closest('.field');
      if (!input || !field) return;
      event.preventDefault();
      field.scrollIntoView({ block: 'start' });
      input.focus({ preventScroll: true });
    });
  }
}

function start(): void {
  setupToggles();
  setupSummaryLinks();
  setupCountdown();
  setupStrength();
  setupChecklist();
  focusMessage();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
