/**
 * What every scenario is given: the run's settings, the result collector, the child processes,
 * a scratch directory, and the portal that several scenarios share.
 */

import type { Results, ScenarioId } from './lib.js';
import type { Account, Portal } from './portal.js';
import type { Proc, ProcessGroup } from './processes.js';
import type { Profiler } from './profile.js';

export interface Settings {
  /** `--quick`: one short run of each scenario (a smoke run, not a measurement). */
  quick: boolean;
  /** Runs per figure (the median is reported). */
  runs: number;
  /** Seconds of load per run. */
  seconds: number;
  /**
   * Seconds of unrecorded load before the runs of the Argon2id-bound scenarios (P2, P8): at
   * their 20–50 requests per second, V8 needs this long to optimise the request path
   * (docs/benchmarks.md, "Warm-up"); the page scenarios reach it within their own warm-up.
   */
  warmupSeconds: number;
  /** Users seeded for user-search-100k. */
  searchUsers: number;
}

/** The portal shared by page-throughput, registrations, recovery-flows, portal-sign-ins and idle-memory. */
export interface SharedPortal extends Portal {
  /** RSS right after page-throughput's load, when it ran. */
  rssAfterThroughputMb?: number;
  /** Accounts registered by registrations-vs-argon2-ceiling (used by recovery-flows). */
  registered: Account[];
  /** The Argon2id ceiling (hashes/s) measured by registrations-vs-argon2-ceiling. */
  argon2Ceiling?: number;
}

export interface BenchContext {
  settings: Settings;
  results: Results;
  procs: ProcessGroup;
  /** A temporary directory for data directories and SQLite files, removed on exit. */
  scratch: string;
  log(line: string): void;
  /** Starts the shared portal on first use (then waits 5 s and records its idle RSS). */
  sharedPortal(): Promise<SharedPortal>;
  /** Set by `--profile`: the servers started with `startServer` run under `node --cpu-prof`. */
  profiler: Profiler | null;
  /**
   * Starts a server of the scenario: `node ARGS` (under the profiler with `--profile`), named
   * `tag` in profile file names.
   */
  startServer(tag: string, args: string[], env: Record<string, string>): Proc;
  /**
   * Runs `fn`, a span of measured load on the server `pid`; with `--profile`, that server's
   * profile is cut to these spans, one flame graph per `name`.
   */
  window<T>(pid: number, name: string, fn: () => Promise<T>): Promise<T>;
}

export interface Scenario extends ScenarioId {
  /** Issue id, P1…P9 (docs/benchmarks.md and issues 5, 10 and 12 use these). */
  id: `P${number}`;
  /** True when it runs in the shared portal: that portal is stopped before the next scenario that does not. */
  sharedPortal?: boolean;
  run(ctx: BenchContext): Promise<void>;
}
