/**
 * Every scenario, in the order they run. The four that share one portal run back to back:
 * page-throughput, registrations (whose accounts and ceiling recovery-flows uses), recovery-flows,
 * portal-sign-ins, then idle-memory, which reports the RSS of a portal of its own left idle and
 * the shared portal's RSS after page-throughput.
 */
import type { Scenario } from '../context.js';
import { idleMemory } from './idle-memory.js';
import { pageThroughput } from './page-throughput.js';
import { portalSignIns } from './portal-sign-ins.js';
import { recoveryFlows } from './recovery-flows.js';
import { registrationsVsArgon2Ceiling } from './registrations-vs-argon2-ceiling.js';
import { signinsVsArgon2Ceiling } from './signins-vs-argon2-ceiling.js';
import { startup } from './startup.js';
import { tokenRequestsPerLifetime } from './token-requests-per-lifetime.js';
import { userSearch100k } from './user-search-100k.js';

export const SCENARIOS: readonly Scenario[] = [
  startup,
  pageThroughput,
  registrationsVsArgon2Ceiling,
  recoveryFlows,
  portalSignIns,
  idleMemory,
  tokenRequestsPerLifetime,
  userSearch100k,
  signinsVsArgon2Ceiling,
];
