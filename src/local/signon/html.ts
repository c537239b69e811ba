/**
 * HTML of PingOne Local's own pages on the authorization host: the hosted sign-on page and the
 * error page `/as/authorize` shows when it must not redirect. Plain server-rendered HTML, no
 * script, a strict Content-Security-Policy.
 */
import type { FastifyReply } from 'fastify';
import { escapeHtml } from '../dev/api.js';

export { escapeHtml };

// No `form-action`: Chromium applies it to the redirects after a POST, and the sign-on page's
// forms end on the application's redirect URI (another origin).
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:28rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}label{display:block;margin:.8rem 0 .2rem;font-weight:600}
input{font:inherit;width:100%;box-sizing:border-box;padding:.45rem;border:1px solid #767676;border-radius:3px}
button{font:inherit;margin-top:1rem;padding:.45rem 1rem;border:1px solid #1a1a1a;border-radius:3px;background:#fff;cursor:pointer}
button.primary{background:#1a1a1a;color:#fff}.error{border-left:4px solid #b00020;padding:.3rem .8rem;background:#fdecee}
.note{color:#444}ul.req{padding-left:1.2rem;color:#444}form.inline{display:inline}footer{margin-top:2rem;font-size:.85rem;color:#555}`;

/** Sends a complete page with PingOne Local's security headers. */
export function sendPage(
  reply: FastifyReply,
  status: number,
  title: string,
  body: string,
): FastifyReply {
  return (
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', CSP)
      .header('X-Frame-Options', 'DENY')
      // Not `no-referrer`: with it Chromium sends `Origin: null` on the page's own form posts,
      // which the CSRF check refuses. `same-origin` keeps the flow id from other sites.
      .header('Referrer-Policy', 'same-origin')
      .send(
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · PingOne Local</title>` +
          `<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>` +
          `<body><main>${body}</main><footer>PingOne Local sign-on page (a developer tool)</footer></body></html>\n`,
      )
  );
}

/** The error page of a request that cannot go back to the application (400). */
export function sendErrorPage(
  reply: FastifyReply,
  error: string,
  description: string,
): FastifyReply {
  return sendPage(
    reply,
    400,
    'Sign-on error',
    `<h1>Sign-on error</h1><p class="error" role="alert"><strong>${escapeHtml(error)}</strong>: ${escapeHtml(description)}</p>` +
      '<p class="note">The application sent a request PingOne Local cannot answer by redirecting back to it.</p>',
  );
}
