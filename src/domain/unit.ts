// Đơn vị: the bodies that lead, co-ordinate and report (a tree of any depth).

export const UNIT_KINDS = [
  'thanh_uy', // Thành ủy / Tỉnh ủy
  'ubnd', // Ủy ban nhân dân
  'hdnd', // Hội đồng nhân dân
  'ban_dang', // ban xây dựng Đảng (Tổ chức, Tuyên giáo và Dân vận, Kiểm tra…)
  'van_phong', // Văn phòng
  'so_nganh', // sở, ngành
  'xa', // xã
  'phuong', // phường
  'dac_khu', // đặc khu
  'dang_bo', // đảng bộ trực thuộc
  'mat_tran', // Mặt trận Tổ quốc và đoàn thể
  'khac',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  thanh_uy: 'Thành ủy',
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  ban_dang: 'Ban Đảng',
  van_phong: 'Văn phòng',
  so_nganh: 'Sở, ngành',
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  dang_bo: 'Đảng bộ trực thuộc',
  mat_tran: 'Mặt trận, đoàn thể',
  khac: 'Khác',
};

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  /** Sáp nhập: the successor this unit was merged into (then it is closed, kept for its history). */
  mergedInto?: string | null;
  mergedOn?: string | null;
}
