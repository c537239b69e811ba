/**
 * The one configuration error of the project: thrown by the portal's `loadConfig` and by PingOne
 * Local's `loadLocalConfig`, so `src/main.ts` (which may start both) recognises either by class.
 */

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** One line per offending variable, naming it and what it expects (never its value). */
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
