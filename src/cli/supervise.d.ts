// Types of supervise.js (plain JavaScript, so `npm start`'s parent needs no TypeScript loader).

export interface RestartPolicy {
  /** First wait before a restart; doubled after each quick death, up to maxDelayMs. */
  delayMs: number;
  maxDelayMs: number;
  /** A child that lived this long was healthy: the next wait starts from delayMs again. */
  healthyAfterMs: number;
}
export declare const DEFAULT_POLICY: RestartPolicy;

/** The wait before the next start, or null to stop (pure: tested in supervise.test.ts). */
export declare function nextDelay(exit: { code: number | null; signal: string | null; livedMs: number; stopping: boolean }, lastDelay: number, policy: RestartPolicy): number | null;

/** Starts the server as a child and again after it dies on its own; resolves with the exit code to end with. */
export declare function supervise(args: string[], policy?: RestartPolicy): Promise<number>;
