import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
const body = readFileSync('/tmp/reg.html');
const cookie = 'session=' + 'x'.repeat(300) + '; Path=/; HttpOnly; SameSite=Lax';
const app = Fastify({ logger: false });
app.get('/', (req, reply) => {
  reply.header('content-type', 'text/html; charset=utf-8');
  if (process.env.HEADERS) {
    reply.header('content-language', 'en').header('content-security-policy', "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; font-src 'none'; form-action 'self' http://127.0.0.1:41277; frame-ancestors 'none'; base-uri 'none'; object-src 'none'").header('x-content-type-options', 'nosniff').header('x-frame-options', 'DENY').header('referrer-policy', 'no-referrer').header('cross-origin-opener-policy', 'same-origin').header('cross-origin-resource-policy', 'same-origin').header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()').header('cache-control', 'no-store').header('set-cookie', cookie);
  }
  reply.send(process.env.SMALL ? 'hello world' : body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${app.server.address().port}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
