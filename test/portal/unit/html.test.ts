/** Unit tests of `src/portal/views/html.ts`: escaping templates and script-safe JSON. */
import { describe, expect, it } from 'vitest';
import { html, jsonForScript, unsafeRaw } from '../../../src/portal/views/html.js';

describe('html', () => {
  it('escapes interpolations and keeps safe fragments', () => {
    const evil = '"><svg onload=alert(1)>{{7*7}}';
    expect(html`<p title="${evil}">${evil}${unsafeRaw('<b>ok</b>')}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;svg onload=alert(1)&gt;{{7*7}}">&quot;&gt;&lt;svg onload=alert(1)&gt;{{7*7}}<b>ok</b></p>',
    );
    expect(html`${['<a>', html`<i>x</i>`, null, false, 3]}`.value).toBe('&lt;a&gt;<i>x</i>3');
  });

  it('serialises JSON that cannot close a script element', () => {
    expect(jsonForScript({ a: '</script><x>&' }).value).toBe(
      '{"a":"\\u003c/script\\u003e\\u003cx\\u003e\\u0026"}',
    );
  });
});
