// Section II statistics on small rosters worked out by hand: ties, empty columns, an alternate, a replaced delegate.
import { describe, expect, it } from 'vitest';
import { alternateBaseKind, rosterStats, type Delegate } from './roster.ts';

let position = 0;
const d = (code: string, o: Partial<Delegate>): Delegate => ({
  code, name: `Người ${code}`, sex: 'Nam', birthYear: 1970, unit: 'X', kind: 'Bầu',
  general: null, professional: null, academicTitle: null, theory: null, field: null,
  position: ++position, status: 'confirmed', ...o,
});

position = 0;
const ROSTER = [
  d('A1', { sex: 'Nam', birthYear: 1960, unit: 'X', kind: 'Chỉ định', general: '12/12', professional: 'Thạc sĩ', theory: 'Cao cấp', field: 'Xây dựng Đảng' }),
  d('A2', { sex: 'Nữ', birthYear: 1960, unit: 'Y', kind: 'Chỉ định' }),
  d('A3', { sex: 'Nam', birthYear: 1995, unit: 'X', kind: 'Dự khuyết chuyển chính thức', general: '10/10', professional: 'Kỹ sư', academicTitle: 'Phó Giáo sư', theory: 'Cử nhân', field: 'Y tế' }),
  d('A4', { sex: 'Nữ', birthYear: 1995, unit: 'Y', kind: 'Đương nhiên' }),
  d('A5', { sex: 'Nam', birthYear: 1950, unit: 'Z', kind: 'Bầu', status: 'replaced' }),
];

describe('rosterStats', () => {
  it('counts a hand-made roster: alternate within its committee\'s kind, ties to the first in the roster, empty cells last', () => {
    const s = rosterStats('T', 2025, ROSTER, new Set(['A1', 'A2', 'A3', 'A4', 'A5']));
    expect(s).toEqual({
      congress: 'T',
      convened: 4, attended: 4, absent: 0, attendedPercent: 100,
      kinds: [{ label: 'Đương nhiên', count: 1 }, { label: 'Chỉ định', count: 3 }, { label: 'Dự khuyết chuyển chính thức', count: 1 }],
      breakdowns: {
        gender: [{ label: 'Nam', count: 2, percent: 50 }, { label: 'Nữ', count: 2, percent: 50 }],
        age: [
          { label: 'Từ 30 tuổi trở xuống', count: 2, percent: 50 },
          { label: 'Từ 31 đến 40 tuổi', count: 0, percent: 0 },
          { label: 'Từ 41 đến 50 tuổi', count: 0, percent: 0 },
          { label: 'Từ 51 đến 60 tuổi', count: 0, percent: 0 },
          { label: 'Trên 60 tuổi', count: 2, percent: 50 },
        ],
        general: [{ label: '10/10', count: 1, percent: 25 }, { label: '12/12', count: 1, percent: 25 }, { label: 'Chưa có thông tin', count: 2, percent: 50 }],
        professional: [
          { label: 'Tiến sĩ', count: 0, percent: 0 }, { label: 'Thạc sĩ', count: 1, percent: 25 }, { label: 'Đại học', count: 0, percent: 0 },
          { label: 'Cao đẳng', count: 0, percent: 0 }, { label: 'Kỹ sư', count: 1, percent: 25 }, { label: 'Chưa có thông tin', count: 2, percent: 50 },
        ],
        theory: [
          { label: 'Cử nhân, cao cấp', count: 2, percent: 50 }, { label: 'Trung cấp', count: 0, percent: 0 },
          { label: 'Sơ cấp', count: 0, percent: 0 }, { label: 'Chưa qua đào tạo', count: 2, percent: 50 },
        ],
        field: [
          { label: 'Xây dựng Đảng', count: 1, percent: 25 }, { label: 'Chính quyền, Nhà nước', count: 0, percent: 0 },
          { label: 'MTTQ, đoàn thể', count: 0, percent: 0 }, { label: 'Lực lượng vũ trang', count: 0, percent: 0 },
          { label: 'Kinh tế, doanh nghiệp', count: 0, percent: 0 }, { label: 'Y tế', count: 1, percent: 25 },
          { label: 'Chưa có thông tin', count: 2, percent: 50 },
        ],
      },
      academicTitles: [{ label: 'Phó Giáo sư', count: 1 }],
      // A1 and A2 were both born in 1960, A3 and A4 in 1995: the first in the roster is named.
      oldest: { age: 65, code: 'A1', name: 'Người A1', unit: 'X' },
      youngest: { age: 30, code: 'A3', name: 'Người A3', unit: 'X' },
    });
  });

  it('key order is the contract\'s', () => {
    const s = rosterStats('T', 2025, ROSTER, new Set(['A1']));
    expect(Object.keys(s)).toEqual(['congress', 'convened', 'attended', 'absent', 'attendedPercent', 'kinds', 'breakdowns', 'academicTitles', 'oldest', 'youngest']);
    expect(Object.keys(s.breakdowns)).toEqual(['gender', 'age', 'general', 'professional', 'theory', 'field']);
    expect(Object.keys(s.oldest!)).toEqual(['age', 'code', 'name', 'unit']);
  });

  it('breakdowns are over those present; a tie is decided by roster order among them only', () => {
    const s = rosterStats('T', 2025, ROSTER, new Set(['A2', 'A4']));
    expect(s).toMatchObject({ convened: 4, attended: 2, absent: 2, attendedPercent: 50 });
    expect(s.breakdowns.gender).toEqual([{ label: 'Nam', count: 0, percent: 0 }, { label: 'Nữ', count: 2, percent: 100 }]);
    expect(s.oldest?.code).toBe('A2');
    expect(s.youngest?.code).toBe('A4');
    expect(s.academicTitles).toEqual([]);
  });

  it('nobody present: zero percentages and no oldest or youngest', () => {
    const s = rosterStats('T', 2025, ROSTER, new Set());
    expect(s).toMatchObject({ attended: 0, absent: 4, attendedPercent: 0, oldest: null, youngest: null });
    expect(s.breakdowns.age.every((l) => l.percent === 0)).toBe(true);
  });

  it('the seed\'s shape: 77 ex officio + 366 designated + 3 alternates = 446, 445 present', () => {
    position = 0;
    const roster = [
      ...Array.from({ length: 77 }, (_, i) => d(`E${i}`, { kind: 'Đương nhiên', unit: `U${i % 10}` })),
      ...Array.from({ length: 366 }, (_, i) => d(`C${i}`, { kind: 'Chỉ định', unit: `U${i % 10}` })),
      ...Array.from({ length: 3 }, (_, i) => d(`K${i}`, { kind: 'Dự khuyết chuyển chính thức', unit: `U${i}` })),
    ];
    const present = new Set(roster.map((x) => x.code).filter((c) => c !== 'C5'));
    const s = rosterStats('DH-2025', 2025, roster, present);
    expect(s).toMatchObject({ convened: 446, attended: 445, absent: 1, attendedPercent: 99.8 });
    expect(s.kinds).toEqual([{ label: 'Đương nhiên', count: 77 }, { label: 'Chỉ định', count: 369 }, { label: 'Dự khuyết chuyển chính thức', count: 3 }]);
  });
});

describe('alternateBaseKind', () => {
  const k = (unit: string, kind: Delegate['kind']) => ({ unit, kind });
  it.each([
    ['own committee designated', [k('X', 'Chỉ định'), k('Y', 'Bầu'), k('Y', 'Bầu')], 'Chỉ định'],
    ['own committee elected', [k('X', 'Bầu'), k('Y', 'Chỉ định'), k('Y', 'Chỉ định')], 'Bầu'],
    ['own committee has only ex officio: the roster decides', [k('X', 'Đương nhiên'), k('Y', 'Chỉ định')], 'Chỉ định'],
    ['own committee tied: the roster decides', [k('X', 'Bầu'), k('X', 'Chỉ định'), k('Y', 'Chỉ định')], 'Chỉ định'],
    ['no signal anywhere: elected', [k('X', 'Đương nhiên')], 'Bầu'],
  ] as const)('%s', (_, convened, expected) => {
    expect(alternateBaseKind({ unit: 'X' }, convened)).toBe(expected);
  });
});
