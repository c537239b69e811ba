/**
 * Fidelity review against the OpenAPI description's `paths:` (docs/pingone-behaviour.md §1.2: an unsupported method
 * is 405): for every path PingOne Local implements, each method the description lists is
 * answered (never 405), every other method is 405 with an `Allow` header naming exactly the
 * described methods. The only deliberate difference: PUT/DELETE of the environment itself
 * (organisation-level operations PingOne Local does not offer).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from '../support/openapi.js';
import { uniqueName, useHarness } from './helpers.js';

const h = useHarness();

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** `paths:` of the description, read line by line (parsing the 1.4 MB YAML is slow). */
function describedMethods(): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of readFileSync(OPENAPI_PATH, 'utf8').split('\n')) {
    const path = /^ {2}(\/\S+):\s*$/.exec(line);
    if (path) {
      current = [];
      paths.set(path[1]!, current);
      continue;
    }
    if (/^\S/.test(line)) current = null;
    const method = /^ {4}(get|put|post|patch|delete):\s*$/.exec(line);
    if (method && current) current.push(method[1]!.toUpperCase());
  }
  return paths;
}

const IMPLEMENTED = [
  '/environments/{environmentID}/users',
  '/environments/{environmentID}/users/{userID}',
  '/environments/{environmentID}/users/{userID}/enabled',
  '/environments/{environmentID}/users/{userID}/population',
  '/environments/{environmentID}/users/{userID}/password',
  '/environments/{environmentID}/populations',
  '/environments/{environmentID}/populations/{populationID}',
  '/environments/{environmentID}/passwordPolicies',
  '/environments/{environmentID}/passwordPolicies/{passwordPolicyID}',
];

/** Fresh resources per request, so that DELETE and PUT never disturb one another. */
async function concretePath(template: string): Promise<string> {
  let path = template.replace('{environmentID}', h.local.environmentId);
  if (path.includes('{userID}')) {
    const user = await h.api('/users', { method: 'POST', body: { username: uniqueName('oa') } });
    path = path.replace('{userID}', user.body.id);
  }
  if (path.includes('{populationID}')) {
    const pop = await h.api('/populations', { method: 'POST', body: { name: uniqueName('oa') } });
    path = path.replace('{populationID}', pop.body.id);
  }
  if (path.includes('{passwordPolicyID}')) {
    const policy = await h.api('/passwordPolicies', {
      method: 'POST',
      body: {
        name: uniqueName('oa'),
        excludesCommonlyUsed: false,
        excludesProfileData: false,
        notSimilarToCurrent: false,
      },
    });
    path = path.replace('{passwordPolicyID}', policy.body.id);
  }
  return `${h.local.apiBaseUrl}${path}`;
}

describe('methods of the described paths', () => {
  it('answers every described method and 405s the others with an exact Allow', async () => {
    const described = describedMethods();
    const environment = described.get('/environments/{environmentID}');
    expect(environment).toEqual(['GET', 'PUT', 'DELETE']);
    for (const template of IMPLEMENTED) {
      const methods = described.get(template);
      expect(methods, template).toBeDefined();
      for (const method of METHODS) {
        const res = await h.api(await concretePath(template), {
          method,
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
        });
        const allowed = methods!.includes(method);
        if (allowed) {
          expect(res.status, `${method} ${template}`).not.toBe(405);
          expect(res.status, `${method} ${template}`).toBeLessThan(500);
        } else {
          expect(res.status, `${method} ${template}`).toBe(405);
          expect(res.body.code).toBe('INVALID_REQUEST');
          expect(res.headers.get('allow')?.split(', ').sort()).toEqual([...methods!].sort());
        }
      }
    }
  });
});
