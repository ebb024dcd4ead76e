// A route's one way to change anything: run a command as the signed-in user.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context.ts';
import { execute, type Command } from '../commands/command.ts';
import { principal } from './auth/session.ts';

export function run<S extends z.ZodType, O>(c: Context<AppEnv>, command: Command<S, O>, input: z.input<S>): Promise<O> {
  return execute(c.var.ctx.db, principal(c), command, input);
}
