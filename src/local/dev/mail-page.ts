/**
 * The dev mailbox page (`GET /_local/mail.html`) and its small script (`GET /_local/mail.js`):
 * readable times, each recovery code in monospace with a copy button, a dark mode, and a reload
 * when new mail arrives (the script polls `GET /_local/mail?limit=1`).
 */
import type { MailMessage } from '../mail/index.js';

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A line that is only a one-time code: 6 to 12 capital letters and digits. */
const CODE_LINE = /^\s*([A-Z0-9]{6,12})\s*$/m;

/** `2026-11-29 17:03:22 UTC`: readable, and the same for everyone looking at a shared screen. */
function readableTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function article(m: MailMessage): string {
  const e = escapeHtml;
  const code = CODE_LINE.exec(m.text)?.[1];
  return `<article>
<h2>${e(m.subject)}</h2>
<p>To <code>${e(m.to)}</code> at <time datetime="${e(m.sentAt)}">${e(readableTime(m.sentAt))}</time> &middot; id <code>${e(m.id)}</code></p>
${code ? `<p class="code"><code>${e(code)}</code> <button type="button" class="copy" data-copy="${e(code)}" hidden>Copy code</button></p>` : ''}
<h3>Text</h3>
<pre>${e(m.text)}</pre>
<h3>HTML</h3>
<iframe sandbox srcdoc="${e(m.html)}" title="HTML body of ${e(m.subject)}"></iframe>
</article>`;
}

/** The mailbox page's body (the newest message first). */
export function mailPage(messages: MailMessage[], to: string | undefined): string {
  const e = escapeHtml;
  const newest = messages[0]?.id ?? '';
  return `<h1>PingOne Local mailbox</h1>
<p><a href="/_local/">PingOne Local</a> &middot; <a href="/_local/mail${to ? `?to=${e(encodeURIComponent(to))}` : ''}">JSON</a></p>
<form method="get" action="/_local/mail.html"><label>Recipient <input name="to" type="email" value="${e(to ?? '')}"></label> <button>Filter</button></form>
<p id="live" data-newest="${e(newest)}" data-to="${e(to ?? '')}" hidden>This page reloads by itself when new mail arrives.</p>
${messages.length === 0 ? '<p>No messages.</p>' : messages.map(article).join('\n')}
<script src="/_local/mail.js"></script>`;
}

/** The mailbox page's script: copy buttons and the reload on new mail. */
export const MAIL_SCRIPT = `(() => {
  for (const b of document.querySelectorAll('button[data-copy]')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      try { await navigator.clipboard.writeText(b.dataset.copy); b.textContent = 'Copied'; }
      catch { b.textContent = 'Select the code to copy it'; }
      setTimeout(() => { b.textContent = 'Copy code'; }, 2000);
    });
  }
  const live = document.getElementById('live');
  if (!live) return;
  live.hidden = false;
  const query = live.dataset.to ? '&to=' + encodeURIComponent(live.dataset.to) : '';
  setInterval(async () => {
    try {
      const res = await fetch('/_local/mail?limit=1' + query, { cache: 'no-store' });
      const [newest] = await res.json();
      if ((newest ? newest.id : '') !== live.dataset.newest) location.reload();
    } catch {}
  }, 2000);
})();
`;

/** Styles of the dev pages, light and dark. */
export const DEV_STYLE = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--soft:#f2f4f7;--line:#c8ced6;--link:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#111418;--fg:#eef1f5;--soft:#1f252d;--line:#3d4652;--link:#8ab4ff}}
body{font:15px/1.4 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;background:var(--bg);color:var(--fg)}
a{color:var(--link)}
code,pre{background:var(--soft);padding:.1rem .3rem}pre{white-space:pre-wrap;padding:.5rem}
article{border:1px solid var(--line);border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
.code code{font:700 1.6rem/1.2 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;letter-spacing:.15em;padding:.2rem .5rem}
iframe{width:100%;height:16rem;border:1px solid var(--line);background:#fff}dt{font-weight:600}table{border-collapse:collapse}
td,th{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left}`;
