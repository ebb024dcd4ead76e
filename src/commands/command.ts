// A command is one thing a person does (record a figure, give a directive, accept a report …).
// Routes, the CLI, the intake, imports and the Excel upload all run commands through `execute`,
// which validates the input and runs the command in one transaction; the command authorises,
// checks references, locks and dates, writes and audits. Nothing else writes.
import type { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { writeTransaction, type WriteTx } from '../db/tx.ts';
import { inputError } from '../domain/input-error.ts';
import { todayInVietnam } from '../domain/calendar.ts';
import type { Principal } from '../domain/user.ts';
import { tellCommitted, type Committed } from './committed.ts';

export interface CommandContext {
  trx: WriteTx;
  /** Who acts: a signed-in user, or the system (CLI, import) with the rights of an administrator. */
  actor: Principal;
  /** The calendar day in Asia/Ho_Chi_Minh, fixed once for the whole command. */
  today: string;
  /** Runs another command inside this one's transaction, with its own validation and checks. */
  run<S extends z.ZodType, O>(command: Command<S, O>, input: z.input<S>): Promise<O>;
  /** Tells the live screens of this change once the transaction has committed (never if it rolls back). */
  changed(change: Committed): void;
}

export interface Command<S extends z.ZodType, O> {
  /** The domain's name of the action, as the audit trail and the docs say it: `recordFigure`. */
  name: string;
  input: S;
  /** Take the input's texts as they are, not NFC: a workspace file's spans count its own characters. */
  verbatim?: boolean;
  run(ctx: CommandContext, input: z.output<S>): Promise<O>;
}

export function defineCommand<S extends z.ZodType, O>(c: Command<S, O>): Command<S, O> {
  return c;
}

/**
 * Every text at the door in one form (NFC): "Thành ủy" typed on two keyboards is then one string,
 * for comparisons, hashes and searches. Bytes (uploaded files) are left as they are.
 */
export function normalizeText(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(normalizeText);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeText(x)]));
  }
  return v;
}

/** Zod's issues as the one error shape: `field: message`, every issue in the details. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, verbatim = false): z.output<S> {
  const r = schema.safeParse(verbatim ? input : normalizeText(input));
  if (!r.success) {
    throw inputError(r.error.issues);
  }
  return r.data;
}

function context(trx: WriteTx, actor: Principal, today: string, changes: Committed[]): CommandContext {
  const ctx: CommandContext = {
    trx,
    actor,
    today,
    run: (command, input) => command.run(ctx, parseInput(command.input, input, command.verbatim)),
    changed: (change) => void changes.push(change),
  };
  return ctx;
}

export interface ExecuteOptions {
  /** The day the command acts on; tests and imports fix it, everyone else gets today in Vietnam. */
  today?: string;
}

/** Validates, then runs the command in one transaction: all of it is written, or none. */
export async function execute<S extends z.ZodType, O>(db: Db, actor: Principal, command: Command<S, O>, input: z.input<S>, opts: ExecuteOptions = {}): Promise<O> {
  const parsed = parseInput(command.input, input, command.verbatim);
  const today = opts.today ?? todayInVietnam();
  let changes: Committed[] = [];
  const out = await writeTransaction(db, (trx) => {
    // A deadlock runs the work again: only the attempt that committed is told.
    changes = [];
    return command.run(context(trx, actor, today, changes), parsed);
  });
  tellCommitted(db, changes);
  return out;
}
