/**
 * Auto-escaping HTML templates: every interpolated value is escaped unless it is already
 * {@link SafeHtml} (built by `html` itself). Arrays are joined; `null`, `undefined` and `false`
 * render nothing.
 */

/** A string of HTML that has already been escaped or built from trusted parts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value accepted inside an `html` template. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const NEEDS_ESCAPE = /[&<>"'`]/;
const ESCAPE_ALL = /[&<>"'`]/g;

/** Escapes text for use in element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Most interpolated values need no escaping: a test is much cheaper than a replace.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c] ?? c) : text;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template that escapes every interpolation. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** Marks trusted markup as safe. Only for constant strings or already-escaped output. */
export function unsafeRaw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/**
 * Serialises data for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line
 * separators are escaped so the payload can never close the element.
 */
export function jsonForScript(data: unknown): SafeHtml {
  return new SafeHtml(JSON.stringify(data).replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c] ?? c));
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
