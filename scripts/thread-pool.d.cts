/** Types of `thread-pool.cjs` (see there). */
export declare function threadPoolSize(
  env?: Record<string, string | undefined>,
  cpus?: number,
): string;
