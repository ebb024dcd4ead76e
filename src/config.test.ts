// A wrong setting stops the start with its name, in Vietnamese or in English (the command line picks by HAIDANG_LANG).
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig refuses a wrong setting', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT: không phải số cổng: abc', 'PORT: not a port number: abc'],
    [{ PORT: '70000' }, 'PORT: không phải số cổng: 70000', 'PORT: not a port number: 70000'],
    [{ SESSION_IDLE_MINUTES: '-5' }, 'SESSION_IDLE_MINUTES: không phải số dương: -5', 'SESSION_IDLE_MINUTES: not a positive number: -5'],
  ])('%j', (env, vi, en) => {
    expect(() => loadConfig(env)).toThrow(expect.objectContaining({ code: 'invalid', message: vi, text: { vi, en } }));
  });

  it('takes the defaults', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: null });
  });
});
