// Congresses through their commands on a real database: the sample files with hand-computed figures,
// own rosters (ties, empty columns, an alternate made full, a double check-in), all or nothing by counting rows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshDb } from './support/db.ts';
import type { DbHandle } from '../src/db/connection.ts';
import { execute } from '../src/commands/command.ts';
import { checkIn, createCongress, importRoster } from '../src/commands/congress.ts';
import { createSeason, importSchedule, markHeld } from '../src/commands/congress-seasons.ts';
import { createUnit } from '../src/commands/units.ts';
import { congressSeasonProgress, congressStats } from '../src/queries/congress.ts';
import { readTable } from '../src/sheets/table-file.ts';
import { systemActor, type Principal } from '../src/domain/user.ts';

let h: DbHandle;
const admin = systemActor('cli');
const SAMPLES = '/work/shared/congress';
const csv = (text: string) => readTable(new TextEncoder().encode(text));

async function counts() {
  const r = await sql<{ f: string }>`SELECT concat_ws('|', (SELECT count(*) FROM congress_delegates), (SELECT count(*) FROM congress_checkins),
    (SELECT count(*) FROM congress_orgs), (SELECT count(*) FROM congress_orgs WHERE held_on IS NOT NULL), (SELECT max(seq) FROM audit_log)) AS f`.execute(h.db);
  return r.rows[0]!.f;
}

beforeAll(async () => {
  h = await freshDb();
  await execute(h.db, admin, createCongress, { code: 'DH-2025', name: 'Đại hội mẫu', startsOn: '2025-09-26', endsOn: '2025-09-27' });
  await execute(h.db, admin, importRoster, { congress: 'DH-2025', table: await readTable(readFileSync(`${SAMPLES}/sample-roster.csv`)) });
  await execute(h.db, admin, createSeason, { code: 'DHCS-2025', name: 'Đại hội cơ sở', deadline: '2025-08-20', latest: '2025-08-31' });
  await execute(h.db, admin, importSchedule, { season: 'DHCS-2025', table: await readTable(readFileSync(`${SAMPLES}/sample-schedule.csv`)) });
});
afterAll(async () => h?.close());

const l = (label: string, count: number, percent: number) => ({ label, count, percent });

describe('the sample roster', () => {
  it('every delegate but S009 checked in (S001 twice): the figures worked out by hand', async () => {
    const codes = Array.from({ length: 24 }, (_, i) => `S${String(i + 1).padStart(3, '0')}`).filter((c) => c !== 'S009');
    await execute(h.db, admin, checkIn, { congress: 'DH-2025', codes: codes.slice(0, 10), at: '2025-09-27T07:30:00+07:00' });
    const again = await execute(h.db, admin, checkIn, { congress: 'DH-2025', codes: ['s001', ...codes.slice(10)] });
    expect(again).toMatchObject({ delegates: 14, added: 13, already: 1 });
    const { stats } = await congressStats(h.db, 'DH-2025');
    expect(stats).toEqual({
      congress: 'DH-2025', convened: 24, attended: 23, absent: 1, attendedPercent: 95.8,
      // S024 (alternate) is of Đảng bộ xã mẫu 5, whose other delegates were elected.
      kinds: [{ label: 'Đương nhiên', count: 5 }, { label: 'Bầu', count: 19 }, { label: 'Dự khuyết chuyển chính thức', count: 1 }],
      breakdowns: {
        gender: [l('Nam', 17, 73.9), l('Nữ', 6, 26.1)],
        age: [l('Từ 30 tuổi trở xuống', 0, 0), l('Từ 31 đến 40 tuổi', 6, 26.1), l('Từ 41 đến 50 tuổi', 10, 43.5), l('Từ 51 đến 60 tuổi', 7, 30.4), l('Trên 60 tuổi', 0, 0)],
        general: [l('12/12', 23, 100)],
        professional: [l('Tiến sĩ', 9, 39.1), l('Thạc sĩ', 9, 39.1), l('Đại học', 5, 21.7), l('Cao đẳng', 0, 0)],
        theory: [l('Cử nhân, cao cấp', 15, 65.2), l('Trung cấp', 8, 34.8), l('Sơ cấp', 0, 0)],
        field: [l('Xây dựng Đảng', 8, 34.8), l('Chính quyền, Nhà nước', 10, 43.5), l('MTTQ, đoàn thể', 5, 21.7), l('Lực lượng vũ trang', 0, 0), l('Kinh tế, doanh nghiệp', 0, 0)],
      },
      academicTitles: [],
      // S001, S004 and S023 were all born in 1965: S001 comes first in the roster.
      oldest: { age: 60, code: 'S001', name: 'Vũ Đức Phương', unit: 'Đảng bộ xã mẫu 2' },
      youngest: { age: 31, code: 'S002', name: 'Vũ Hữu Bình', unit: 'Đảng bộ xã mẫu 3' },
    });
  });

  it('a batch with an unknown code writes nothing of the batch', async () => {
    const before = await counts();
    await expect(execute(h.db, admin, checkIn, { congress: 'DH-2025', codes: ['S009', 'S999'] })).rejects.toThrow(/không có đại biểu mã S999/u);
    expect(await counts()).toBe(before);
  });

  it('once check-in has started, the roster is not replaced', async () => {
    const before = await counts();
    await expect(execute(h.db, admin, importRoster, { congress: 'DH-2025', table: await readTable(readFileSync(`${SAMPLES}/sample-roster.csv`)) })).rejects.toThrow(/đã bắt đầu điểm danh/u);
    expect(await counts()).toBe(before);
  });
});

describe('an own roster', () => {
  const HEAD = 'ma_dai_bieu,ho_ten,gioi_tinh,nam_sinh,don_vi,loai_dai_bieu,pho_thong,chuyen_mon,hoc_ham,ly_luan_chinh_tri,linh_vuc\n';
  it('a bad file writes nothing; a good one replaces the roster before check-in', async () => {
    await execute(h.db, admin, createCongress, { code: 'T', name: 'Đại hội thử', startsOn: '2030-01-10', endsOn: '2030-01-10' });
    const before = await counts();
    const bad = HEAD + 'A1,An,Nam,1980,X,Bầu,,,,,\nA2,Bình,Nữ,19800,X,Bầu,,,,,\n';
    await expect(execute(h.db, admin, importRoster, { congress: 'T', table: await csv(bad) })).rejects.toThrow(/^dòng 3, cột nam_sinh/u);
    expect(await counts()).toBe(before);
    await execute(h.db, admin, importRoster, { congress: 'T', table: await csv(HEAD + 'Z1,Zed,Nam,1980,X,Bầu,,,,,\n') });
    const good = HEAD +
      'A1,An,Nam,1965,"Đảng bộ X",Chỉ định,12/12,Tiến sĩ,Giáo sư,Cao cấp,\n' +
      'A2,Bình,Nữ,1965,"Đảng bộ Y",Chỉ định,,,,,\n' +
      'A3,Cúc,Nữ,2000,"Đảng bộ X",Dự khuyết chuyển chính thức,12/12,Đại học,,Sơ cấp,Lực lượng vũ trang\n' +
      'A4,Dũng,Nam,2000,"Đảng bộ Y",Đương nhiên,10/10,Thạc sĩ,,Trung cấp,"Kinh tế, doanh nghiệp"\n';
    expect(await execute(h.db, admin, importRoster, { congress: 'T', table: await csv(good) })).toEqual({ congress: 'T', delegates: 4, replaced: 1 });
    await execute(h.db, admin, checkIn, { congress: 'T', codes: ['A1', 'A2', 'A3'] });
    await execute(h.db, admin, checkIn, { congress: 'T', codes: ['A3'], session: 'tru-bi' });
    const { stats, committees } = await congressStats(h.db, 'T');
    expect(committees).toBe(2);
    expect(stats).toMatchObject({
      convened: 4, attended: 3, absent: 1, attendedPercent: 75,
      kinds: [{ label: 'Đương nhiên', count: 1 }, { label: 'Chỉ định', count: 3 }, { label: 'Dự khuyết chuyển chính thức', count: 1 }],
      academicTitles: [{ label: 'Giáo sư', count: 1 }],
      oldest: { age: 65, code: 'A1' },
      youngest: { age: 30, code: 'A3' },
    });
    expect(stats.breakdowns.general).toEqual([l('12/12', 2, 66.7), l('Chưa có thông tin', 1, 33.3)]);
    expect(stats.breakdowns.theory).toEqual([l('Cử nhân, cao cấp', 1, 33.3), l('Trung cấp', 0, 0), l('Sơ cấp', 1, 33.3), l('Chưa qua đào tạo', 1, 33.3)]);
  });
});

describe('the sample schedule', () => {
  it('progress as of 9 July 2025, worked out by hand', async () => {
    const p = await congressSeasonProgress(h.db, 'DHCS-2025', '2025-07-09');
    expect(p).toMatchObject({
      total: 40, held: 25, heldPercent: 62.5, remaining: 15,
      behindPlan: 6, // M028, M029, M030, M034, M038, M040
      remainingByMonth: [{ month: '2025-07', count: 15 }],
      forecastDone: '2025-08-02', // 25 held in 39 days; ceil(15·39/25) = 24 days after 9 July
      modelCongresses: { total: 1, held: 1 },
    });
    expect(p.byParent.map((b) => [b.unit, b.total, b.held, b.behindPlan])).toEqual([
      ['Đảng bộ xã mẫu 1', 8, 5, 2], ['Đảng bộ xã mẫu 2', 8, 5, 0], ['Đảng bộ xã mẫu 3', 8, 5, 0], ['Đảng bộ xã mẫu 4', 8, 5, 2], ['Đảng bộ xã mẫu 5', 8, 5, 2],
    ]);
    expect(await congressSeasonProgress(h.db, 'DHCS-2025', '2025-06-15')).toMatchObject({ held: 14, heldPercent: 35, behindPlan: 0, remaining: 26, forecastDone: '2025-07-27', remainingByMonth: [{ month: '2025-06', count: 11 }, { month: '2025-07', count: 15 }] });
  });

  it('re-import updates by code and keeps a held day the file leaves empty; a bad file writes nothing', async () => {
    await execute(h.db, admin, markHeld, { season: 'DHCS-2025', org: 'M026', on: '2025-07-08' }, { today: '2025-07-09' });
    const update = 'ma_to_chuc,ten_to_chuc,dang_bo_cap_tren,ngay_du_kien,ngay_to_chuc,dai_hoi_diem\nM026,Chi bộ 26 (mới),Đảng bộ xã mẫu 2,16/07/2025,,\nM041,Chi bộ mới,Đảng bộ xã mẫu 9,20/07/2025,,có\n';
    expect(await execute(h.db, admin, importSchedule, { season: 'DHCS-2025', table: await csv(update) })).toEqual({ season: 'DHCS-2025', created: 1, updated: 1 });
    expect(await congressSeasonProgress(h.db, 'DHCS-2025', '2025-07-09')).toMatchObject({ total: 41, held: 26, modelCongresses: { total: 2, held: 1 } });
    const before = await counts();
    const bad = update + 'M042,X,Y,31/06/2025,,\n';
    await expect(execute(h.db, admin, importSchedule, { season: 'DHCS-2025', table: await csv(bad) })).rejects.toThrow(/^dòng 4, cột ngay_du_kien/u);
    expect(await counts()).toBe(before);
  });

  it('an officer marks their own organisation held (linked by unit code), not another\'s, and not in the future', async () => {
    const unit = await execute(h.db, admin, createUnit, { code: 'M030', name: 'Chi bộ mẫu 30', kind: 'dang_bo' });
    await execute(h.db, admin, importSchedule, { season: 'DHCS-2025', table: await csv('ma_to_chuc,ten_to_chuc,dang_bo_cap_tren,ngay_du_kien\nM030,Chi bộ mẫu 30,Đảng bộ xã mẫu 1,04/07/2025\n') });
    const officer: Principal = { id: 'u1', login: 'o', name: 'Cán bộ', unitId: unit.id, roles: ['officer'], mustChangePassword: false, disabled: false, scope: new Set([unit.id]) };
    expect(await execute(h.db, officer, markHeld, { season: 'DHCS-2025', org: 'M030', on: '2025-07-05' }, { today: '2025-07-09' })).toMatchObject({ heldOn: '2025-07-05' });
    await expect(execute(h.db, officer, markHeld, { season: 'DHCS-2025', org: 'M031', on: '2025-07-05' }, { today: '2025-07-09' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(execute(h.db, admin, markHeld, { season: 'DHCS-2025', org: 'M031', on: '2025-07-10' }, { today: '2025-07-09' })).rejects.toThrow(/sau hôm nay/u);
  });
});
