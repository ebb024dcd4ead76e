import { describe, expect, it } from 'vitest';
import type { Principal, Role } from './user.ts';
import { mayAdjustRating, mayManage, mayReadTarget, mayReadTask, mayReportFigure, mayReportOnTask, readsEverything } from './policy.ts';
import type { ReportKind } from './task.ts';

const who = (role: Role, scope: string[] = ['U1', 'U1a']): Principal => ({
  id: role, login: role, name: role, unitId: scope[0] ?? null, roles: [role], mustChangePassword: false, disabled: false, scope: new Set(scope),
});

describe('policy', () => {
  it.each<[Role, boolean, boolean]>([
    ['admin', true, true],
    ['secretariat', true, true],
    ['leader', true, false],
    ['officer', false, false],
    ['viewer', false, false],
  ])('%s reads everything: %s, manages: %s', (role, reads, manages) => {
    expect(readsEverything(who(role))).toBe(reads);
    expect(mayManage(who(role))).toBe(manages);
  });

  it.each<[Role, string | null, string[], boolean]>([
    ['officer', 'U1a', [], true],
    ['officer', 'U2', ['U1'], true],
    ['officer', 'U2', [], false],
    ['viewer', 'U1', [], true],
    ['viewer', null, [], false],
    ['leader', 'U9', [], true],
  ])('%s reads a task led by %s (co %j): %s', (role, lead, co, expected) => {
    expect(mayReadTask(who(role), { leadUnitId: lead, coUnitIds: co })).toBe(expected);
  });

  it.each<[Role, string | null, boolean]>([
    ['viewer', null, true],
    ['viewer', 'U1', true],
    ['viewer', 'U2', false],
  ])('%s reads a target owned by %s: %s', (role, owner, expected) => {
    expect(mayReadTarget(who(role), { ownerUnitId: owner })).toBe(expected);
  });

  it.each<[Role, string | null, ReportKind, boolean]>([
    ['officer', 'U1a', 'progress', true],
    ['officer', 'U1a', 'complete', true],
    ['officer', 'U1a', 'extension_request', true],
    ['officer', 'U1a', 'return', false],
    ['officer', 'U1a', 'extension_decision', false],
    ['officer', 'U2', 'progress', false],
    // A leader decides for the units they lead, not for another department.
    ['leader', 'U1a', 'extension_decision', true],
    ['leader', 'U2', 'extension_decision', false],
    ['leader', 'U2', 'progress', false],
    ['secretariat', 'U2', 'return', true],
    ['viewer', 'U1', 'progress', false],
    ['officer', 'U1a', 'comment', true],
    ['officer', 'U1a', 'direction', false],
    ['officer', 'U1a', 'part', false], // the lead reports progress, not a co-unit's part
    ['leader', 'U1a', 'direction', true],
    ['leader', 'U2', 'direction', false],
    ['leader', 'U1a', 'comment', true],
  ])('%s reports on a task of %s, kind %s: %s', (role, lead, kind, expected) => {
    expect(mayReportOnTask(who(role), { leadUnitId: lead }, kind)).toBe(expected);
  });

  // An officer of U1 on a task led by U2 where U1a (below U1) co-ordinates.
  it.each<[Role, ReportKind, boolean]>([
    ['officer', 'part', true],
    ['officer', 'comment', true],
    ['officer', 'progress', false],
    ['officer', 'complete', false],
    ['officer', 'extension_request', false],
    ['viewer', 'part', false],
  ])('%s of a co-unit, kind %s: %s', (role, kind, expected) => {
    expect(mayReportOnTask(who(role), { leadUnitId: 'U2', coUnitIds: ['U1a'] }, kind)).toBe(expected);
  });

  it('a leader with no unit (the city\'s standing leaders) decides for every unit', () => {
    expect(mayReportOnTask(who('leader', []), { leadUnitId: 'U2' }, 'extension_decision')).toBe(true);
    expect(mayAdjustRating(who('leader', []), 'U2')).toBe(true);
  });

  it.each<[Role, string, boolean]>([
    ['leader', 'U1a', true],
    ['leader', 'U2', false],
    ['admin', 'U2', true],
    ['secretariat', 'U1', false],
    ['officer', 'U1', false],
  ])('%s adjusts the rating of %s: %s', (role, unit, expected) => {
    expect(mayAdjustRating(who(role), unit)).toBe(expected);
  });

  it.each<[Role, string | null, boolean]>([
    ['officer', 'U1', true],
    ['officer', 'U2', false],
    ['officer', null, false],
    ['secretariat', null, true],
    ['viewer', 'U1', false],
  ])('%s reports a figure of %s: %s', (role, unit, expected) => {
    expect(mayReportFigure(who(role), { unitId: unit })).toBe(expected);
  });
});
