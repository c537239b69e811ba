/**
 * PingOne Local's developer tooling: the `/_local/` API and fault injection.
 */
export { type DevApiInfo, type DevApiOptions, devApiPlugin, escapeHtml } from './api.js';
export { type ErrorDetail, errorBody, type ValidationIssue } from './errors.js';
export {
  createFaultInjector,
  type Fault,
  type FaultAction,
  type FaultDelay,
  type FaultInjectionOptions,
  type FaultInjector,
  type FaultResponse,
  type FaultRule,
  FaultRuleError,
  type FaultRuleIssue,
  faultErrorFor,
  faultInjectionPlugin,
  parseFaultRule,
} from './faults.js';
