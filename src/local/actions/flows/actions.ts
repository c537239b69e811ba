/**
 * The Flows API's actions (docs/pingone-behaviour.md §12.3): each named by its vendor content type
 * (`application/vnd.pingidentity.<name>+json`), allowed only in some flow statuses, and run the
 * same way by `POST /{envId}/flows/{flowId}` and by the hosted sign-on page.
 */
import type { LocalContext } from '../../context.js';
import { LocalError, unsupportedMediaType } from '../../errors.js';
import { SIGN_ON_MESSAGES } from '../../pingone-behaviour.js';
import type { FlowRecord, SessionRecord } from '../../store/types.js';
import type { ClientInfo } from './lifecycle.js';
import { forgotPassword, recoverPassword, resendRecoveryCode } from './recovery.js';
import {
  registerUser,
  registrationEnabled,
  resendVerificationCode,
  verifyUser,
} from './register.js';
import { checkUsernamePassword, resetFlow, resetPasswordInFlow } from './sign-on.js';

/** What an action leaves behind: the flow, and the session it opened when it signed the user in. */
export interface ActionResult {
  flow: FlowRecord;
  session?: SessionRecord;
}

/** One action: the statuses that offer it, and what it does with the request body. */
interface Action {
  statuses: readonly string[];
  /** Extra condition (registration must be enabled). */
  offered?: (ctx: LocalContext) => boolean;
  run(
    ctx: LocalContext,
    flow: FlowRecord,
    body: unknown,
    client: ClientInfo,
  ): Promise<ActionResult>;
}

const STARTED = ['USERNAME_PASSWORD_REQUIRED'];
const NEW_PASSWORD = ['MUST_CHANGE_PASSWORD', 'PASSWORD_EXPIRED'];
const RECOVERY = ['RECOVERY_CODE_REQUIRED'];
const VERIFICATION = ['VERIFICATION_CODE_REQUIRED'];

/** Action name → definition, in the order `_links` lists them. */
export const ACTIONS: Record<string, Action> = {
  'usernamePassword.check': { statuses: STARTED, run: checkUsernamePassword },
  'password.forgot': { statuses: STARTED, run: forgotPassword },
  'user.register': { statuses: STARTED, offered: registrationEnabled, run: registerUser },
  'password.reset': { statuses: NEW_PASSWORD, run: resetPasswordInFlow },
  'password.recover': { statuses: RECOVERY, run: recoverPassword },
  'password.sendRecoveryCode': { statuses: RECOVERY, run: resendRecoveryCode },
  'user.verify': { statuses: VERIFICATION, run: verifyUser },
  'user.sendVerificationCode': { statuses: VERIFICATION, run: resendVerificationCode },
  'session.reset': {
    statuses: [...NEW_PASSWORD, ...RECOVERY, ...VERIFICATION],
    run: async (ctx, flow) => ({ flow: resetFlow(ctx, flow) }),
  },
};

const VENDOR = 'application/vnd.pingidentity.';

/** Lower-cased content type → action name (`+json`, and the bare form PingOne documents for some). */
const BY_MEDIA_TYPE = new Map<string, string>(
  Object.keys(ACTIONS).flatMap((name) => [
    [`${VENDOR}${name}+json`.toLowerCase(), name],
    [`${VENDOR}${name}`.toLowerCase(), name],
  ]),
);

/** The action a content type names. @throws 415 for any other type. */
export function actionOfMediaType(type: string): string {
  const name = BY_MEDIA_TYPE.get(type);
  if (!name) throw unsupportedMediaType();
  return name;
}

/** True when `action` is offered to `flow` now. */
function offers(ctx: LocalContext, flow: FlowRecord, action: Action): boolean {
  return action.statuses.includes(flow.status) && (action.offered?.(ctx) ?? true);
}

/** The actions the flow offers now, in `_links` order. */
export function allowedActions(ctx: LocalContext, flow: FlowRecord): string[] {
  return Object.entries(ACTIONS)
    .filter(([, a]) => offers(ctx, flow, a))
    .map(([name]) => name);
}

/**
 * Runs action `name` on `flow` with a decoded body.
 * @throws 400 REQUEST_FAILED when the flow's status does not offer the action.
 */
export async function performAction(
  ctx: LocalContext,
  flow: FlowRecord,
  name: string,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  // Only this action's condition is evaluated (registration's reads a setting).
  const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!action || !offers(ctx, flow, action)) {
    throw new LocalError(
      400,
      'REQUEST_FAILED',
      SIGN_ON_MESSAGES.actionNotAllowed(name, flow.status),
    );
  }
  return action.run(ctx, flow, body, client);
}
