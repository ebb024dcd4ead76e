// A seeded random source and the Vietnamese words the benchmark workspace is made of.

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [lo, hi], both inclusive. */
    int: (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number): boolean => next() < p,
    /** Roughly normal (sum of uniforms), mean 0, standard deviation 1. */
    normal: (): number => next() + next() + next() + next() + next() + next() - 3,
  };
}
export type Rng = ReturnType<typeof rng>;

export const BAN_DANG = ['Ban Tổ chức', 'Ban Tuyên giáo và Dân vận', 'Ủy ban Kiểm tra', 'Ban Nội chính', 'Ban Chính sách, chiến lược', 'Đảng ủy các cơ quan Đảng'];

export const SO_NGANH = [
  'Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường',
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ',
  'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ', 'Thanh tra thành phố', 'Văn phòng UBND thành phố', 'Công an thành phố',
  'Bộ Chỉ huy Quân sự thành phố', 'Ban Quản lý các khu công nghiệp', 'Ban Quản lý dự án đầu tư xây dựng',
  'Cục Thuế', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội', 'Ngân hàng Nhà nước khu vực', 'Đài Phát thanh và Truyền hình',
  'Trung tâm Phục vụ hành chính công', 'Quỹ Đầu tư phát triển', 'Cảng vụ Hàng hải', 'Ban Quản lý Khu kinh tế',
  'Trường Chính trị', 'Báo Đảng bộ thành phố', 'Liên minh Hợp tác xã',
];

export const SO_CHILD = ['Văn phòng', 'Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ', 'Phòng Quản lý chuyên ngành', 'Thanh tra sở', 'Trung tâm dịch vụ', 'Chi cục', 'Đơn vị sự nghiệp'];

export const MAT_TRAN = ['Ủy ban MTTQ Việt Nam thành phố', 'Hội Liên hiệp Phụ nữ', 'Thành đoàn', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Liên đoàn Lao động'];

const PLACE = ['An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Long', 'Thạnh', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Quang', 'Đức', 'Vĩnh', 'Thuận', 'Lộc', 'Hải', 'Sơn'];
export const placeName = (r: Rng): string => `${r.pick(PLACE)} ${r.pick(PLACE)}`;

export const VILLAGE = ['Thôn', 'Ấp', 'Tổ dân phố', 'Khu phố', 'Chi bộ'];

const VERBS = ['Triển khai', 'Hoàn thành', 'Xây dựng đề án', 'Rà soát, đánh giá', 'Tổ chức thực hiện', 'Đẩy nhanh tiến độ', 'Tham mưu ban hành', 'Kiểm tra, giám sát', 'Tổng kết', 'Báo cáo kết quả'];
const OBJECTS = [
  'quy hoạch khu thương mại tự do', 'chuyển đổi số trong cơ quan nhà nước', 'giải phóng mặt bằng dự án đường vành đai',
  'cải cách thủ tục hành chính', 'xây dựng nông thôn mới nâng cao', 'phát triển nhà ở xã hội', 'chỉnh trang đô thị ven sông',
  'nâng cao chỉ số năng lực cạnh tranh cấp tỉnh', 'sắp xếp tổ chức bộ máy tinh gọn', 'thu hút đầu tư khu công nghiệp',
  'bảo vệ môi trường làng nghề', 'giảm nghèo bền vững', 'phòng, chống tham nhũng, tiêu cực', 'phát triển du lịch biển đảo',
  'xử lý nợ đọng xây dựng cơ bản', 'đảm bảo an ninh trật tự địa bàn', 'kiên cố hóa trường lớp học', 'ứng dụng trí tuệ nhân tạo',
  'đào tạo nguồn nhân lực chất lượng cao', 'hiện đại hóa cảng biển và logistics', 'cấp nước sạch nông thôn', 'xây dựng chính quyền số',
];
const WHERE = ['trên địa bàn thành phố', 'tại các xã, phường', 'giai đoạn 2026 - 2030', 'năm 2026', 'theo Nghị quyết Đại hội', 'theo Kết luận của Ban Thường vụ'];

export const taskTitle = (r: Rng): string => `${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(WHERE)}`;
export const PRODUCTS = ['Báo cáo kết quả', 'Đề án', 'Kế hoạch', 'Quyết định phê duyệt', 'Tờ trình', 'Công trình đưa vào sử dụng', null];
export const AUTHORITIES = ['Ban Chấp hành Đảng bộ thành phố', 'Ban Thường vụ Thành ủy', 'Thường trực Thành ủy', 'UBND thành phố', 'Chủ tịch UBND thành phố'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn Hùng', 'Thị Lan', 'Minh Tuấn', 'Quốc Bảo', 'Thanh Hà', 'Đức Thắng', 'Ngọc Ánh', 'Hữu Phước', 'Thị Thu', 'Công Định'];
const POSTS = ['Phó Chủ tịch UBND', 'Giám đốc Sở', 'Bí thư Đảng ủy', 'Chủ tịch UBND xã', 'Trưởng ban', 'Phó Giám đốc'];
export const person = (r: Rng): string => `Đồng chí ${r.pick(SURNAMES)} ${r.pick(GIVEN)}, ${r.pick(POSTS)}`;

export const TARGET_KINDS = [
  { label: 'Tốc độ tăng trưởng GRDP bình quân', unit: '%', measure: 'growth', direction: 'higher', value: [7, 11] },
  { label: 'GRDP bình quân đầu người', unit: 'USD/người', measure: 'level', direction: 'higher', value: [5000, 9000] },
  { label: 'Tổng thu ngân sách nhà nước', unit: 'tỷ đồng', measure: 'level', direction: 'higher', value: [30000, 90000] },
  { label: 'Tỷ lệ hộ nghèo', unit: '%', measure: 'share', direction: 'lower', value: [0.5, 2] },
  { label: 'Tỷ lệ đô thị hóa', unit: '%', measure: 'share', direction: 'higher', value: [45, 70] },
  { label: 'Số km đường giao thông được cứng hóa', unit: 'km', measure: 'cumulative', direction: 'higher', value: [200, 900] },
  { label: 'Tỷ lệ hồ sơ giải quyết trực tuyến', unit: '%', measure: 'share', direction: 'higher', value: [60, 95] },
  { label: 'Số doanh nghiệp thành lập mới', unit: 'doanh nghiệp', measure: 'cumulative', direction: 'higher', value: [5000, 20000] },
  { label: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', unit: '%', measure: 'share', direction: 'higher', value: [85, 95] },
  { label: 'Tỷ lệ tội phạm về trật tự xã hội được điều tra làm rõ', unit: '%', measure: 'share', direction: 'higher', value: [75, 90] },
] as const;
