// A realistic review report of a Thành ủy for quý III/2025: the sample the writers are tested on and
// the one committed under docs/samples/ until the demo workspace's own report replaces it.
// Units, people and figures are invented; the derived parts are computed, so they always agree.
import { daysBetween } from '../domain/calendar.ts';
import type { ReviewRatingRow, ReviewReportData, ReviewTargetRow, ReviewTaskRow, ReviewUnitTasks } from '../domain/review.ts';
import { summarizeTargets, summarizeTasks } from '../domain/summary.ts';
import { TARGET_STATUS_LABELS, type TargetStatusKind } from '../domain/target-status.ts';
import { TASK_STATUS_LABELS, type TaskStatus } from '../domain/task-status.ts';

const AS_OF = '2025-09-30';
const NEXT = { start: '2025-10-01', end: '2025-12-31' };

const UNITS = [
  'Ban Tổ chức Thành ủy',
  'Ban Tuyên giáo và Dân vận Thành ủy',
  'Ủy ban Kiểm tra Thành ủy',
  'Văn phòng Thành ủy',
  'Đảng ủy Ủy ban nhân dân thành phố',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
] as const;

// label, unit, target as written, figure of the period, same period last year, status
type T = [string, string, string, number | null, number | null, TargetStatusKind];
const TARGETS: T[] = [
  ['Tốc độ tăng trưởng GRDP', '%', '≥ 12,5%', 11.28, 10.34, 'at_risk'],
  ['Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '150.000', 118456, 101230, 'on_track'],
  ['Thu nội địa', 'tỷ đồng', '62.000', 51870.5, 43900, 'on_track'],
  ['Kim ngạch xuất khẩu', 'triệu USD', '40.000', 31845.6, 27912.3, 'on_track'],
  ['Sản lượng hàng hóa thông qua cảng', 'triệu tấn', '200 – 220', 152.4, 138.7, 'on_track'],
  ['Thu hút vốn đầu tư trực tiếp nước ngoài (FDI)', 'tỷ USD', '≥ 3,5', 3.82, 2.95, 'achieved'],
  ['Tổng vốn đầu tư toàn xã hội', 'nghìn tỷ đồng', '190', 121.3, 115, 'off_track'],
  ['Chỉ số sản xuất công nghiệp (IIP) tăng', '%', '≥ 14%', 13.2, 12.8, 'at_risk'],
  ['Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'nghìn tỷ đồng', '250', 189.6, 168.2, 'on_track'],
  ['Tổng lượt khách du lịch', 'nghìn lượt', '11.000', 9845, 8120, 'on_track'],
  ['Thu nhập bình quân đầu người', 'triệu đồng/năm', '150', null, 138, 'no_data'],
  ['Tỷ lệ hộ nghèo theo chuẩn đa chiều', '%', '< 0,5%', 0.42, 0.61, 'achieved'],
  ['Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', '%', '42%', 41.5, 39.8, 'on_track'],
  ['Số bác sĩ trên 1 vạn dân', 'bác sĩ', '15', 14.2, 13.6, 'on_track'],
  ['Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '≥ 95%', 94.1, 93.2, 'on_track'],
  ['Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý', '%', '100%', 98.7, 97.5, 'on_track'],
  ['Đường bộ xây mới, nâng cấp', 'km', '85', 31.5, 40.2, 'off_track'],
  ['Tỷ lệ trường học đạt chuẩn quốc gia', '%', '85%', 86.4, 82.1, 'achieved'],
  ['Số doanh nghiệp thành lập mới', 'doanh nghiệp', '5.500', null, 3980, 'no_data'],
];

// title, unit index, deadline, completed on, paused
type K = [string, number, string | null, string | null, boolean?];
const TASKS: K[] = [
  ['Hoàn thiện đề án sắp xếp tổ chức bộ máy các ban đảng sau hợp nhất', 0, '2025-07-31', '2025-07-28'],
  ['Xây dựng quy chế làm việc của Ban Chấp hành Đảng bộ thành phố khóa mới', 0, '2025-08-15', '2025-08-20'],
  ['Hướng dẫn đánh giá, xếp loại cán bộ hằng quý năm 2025', 0, '2025-09-15', '2025-09-10'],
  ['Rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ Thành ủy quản lý', 0, '2025-10-20', null],
  ['Tổng kết công tác tổ chức đại hội đảng bộ cấp cơ sở', 0, '2025-08-31', null],
  ['Kiện toàn tổ chức cơ sở đảng tại các xã, phường mới', 0, '2025-11-30', null],
  ['Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9', 1, '2025-09-02', '2025-09-02'],
  ['Xây dựng kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố', 1, '2025-10-31', null],
  ['Khảo sát tình hình tư tưởng cán bộ, đảng viên sau sắp xếp đơn vị hành chính', 1, '2025-08-31', '2025-09-12'],
  ['Biên soạn lịch sử Đảng bộ thành phố giai đoạn 2020 - 2025', 1, '2025-09-15', null],
  ['Theo dõi, nắm tình hình dư luận xã hội hằng tháng', 1, null, null],
  ['Thực hiện quy chế dân chủ ở cơ sở tại các xã, phường mới', 1, '2025-12-15', null],
  ['Kiểm tra việc thực hiện quy chế làm việc tại 05 tổ chức đảng', 2, '2025-09-30', '2025-09-25'],
  ['Giám sát chuyên đề công tác quản lý đất đai tại một số xã', 2, '2025-08-31', '2025-08-29'],
  ['Giải quyết đơn thư tố cáo tồn đọng quý II/2025', 2, '2025-07-31', '2025-08-14'],
  ['Tổng hợp kết quả kiểm tra tài chính đảng năm 2025', 2, '2025-12-31', null],
  ['Hướng dẫn ủy ban kiểm tra cấp xã xây dựng chương trình kiểm tra, giám sát', 2, '2025-09-10', '2025-09-08'],
  ['Triển khai hệ thống quản lý văn bản và điều hành thống nhất toàn Đảng bộ', 3, '2025-09-30', '2025-09-29'],
  ['Bố trí trụ sở làm việc cho các cơ quan sau hợp nhất', 3, '2025-08-15', null],
  ['Xây dựng chương trình công tác quý IV/2025 của Ban Thường vụ Thành ủy', 3, '2025-09-25', '2025-09-24'],
  ['Số hóa hồ sơ lưu trữ của Thành ủy giai đoạn 2020 - 2025', 3, null, '2025-09-20'],
  ['Chuẩn bị phục vụ Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ hai', 3, '2025-10-05', null],
  ['Lãnh đạo xây dựng kế hoạch phát triển kinh tế - xã hội năm 2026', 4, '2025-10-31', null],
  ['Chỉ đạo giải ngân vốn đầu tư công đạt trên 60% kế hoạch', 4, '2025-09-30', null],
  ['Lãnh đạo hoàn thành sắp xếp trụ sở, tài sản công dôi dư', 4, '2025-08-31', null],
  ['Chỉ đạo xây dựng Đề án phát triển Khu kinh tế ven biển phía Nam', 4, '2025-07-15', '2025-07-30'],
  ['Lãnh đạo triển khai Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ', 4, '2025-08-30', '2025-08-26'],
  ['Báo cáo tình hình thu, chi ngân sách 9 tháng năm 2025', 5, '2025-09-25', '2025-09-23'],
  ['Xây dựng dự toán ngân sách năm 2026', 5, '2025-10-15', null],
  ['Rà soát, xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính', 5, '2025-09-15', null],
  ['Hướng dẫn cơ chế tài chính cho các xã, phường mới', 5, '2025-07-31', '2025-07-31'],
  ['Đánh giá tiến độ giải ngân các dự án trọng điểm', 5, '2025-08-31', '2025-09-05'],
  ['Đẩy nhanh tiến độ dự án cầu Nguyễn Trãi', 6, '2025-12-31', null],
  ['Hoàn thành thủ tục đầu tư tuyến đường bộ ven biển đoạn qua Kiến Thụy', 6, '2025-08-15', null],
  ['Lập quy hoạch chung thành phố sau hợp nhất', 6, '2025-10-03', null],
  ['Báo cáo tiến độ các dự án nhà ở xã hội', 6, '2025-07-31', '2025-07-30'],
  ['Rà soát các dự án chậm triển khai trên địa bàn', 6, '2025-08-31', '2025-09-18'],
  ['Xây dựng kế hoạch phát triển nhà ở giai đoạn 2026 - 2030', 6, '2025-12-31', null],
  ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân', 7, '2025-09-30', '2025-09-30'],
  ['Xử lý ô nhiễm môi trường tại các làng nghề', 7, '2025-06-30', null],
  ['Phòng, chống thiên tai mùa mưa bão năm 2025', 7, null, null],
  ['Chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả', 7, '2025-09-15', '2025-09-12'],
  ['Lập phương án khai thác cát lòng sông giai đoạn 2026 - 2030', 7, '2025-11-30', null, true],
  ['Kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2024', 7, '2025-08-31', '2025-08-30'],
];

// unit index → person in charge, score of task results and general criteria
const RATINGS: [number, string, number][] = [
  [0, 'Nguyễn Văn Hòa', 88.5],
  [1, 'Trần Thị Lan', 79],
  [2, 'Phạm Quang Huy', 94],
  [3, 'Lê Minh Tuấn', 81.5],
  [4, 'Vũ Đức Thắng', 72],
  [5, 'Đỗ Thị Hằng', 76.5],
  [6, 'Hoàng Văn Nam', 64.5],
  [7, 'Bùi Thanh Sơn', 48],
];

// The status rules of src/domain/task-status.ts, on the plain dates above (no reports to fold).
function status(deadline: string | null, completedOn: string | null, paused: boolean): TaskStatus {
  if (completedOn) return deadline === null ? 'done_no_deadline' : completedOn <= deadline ? 'done_on_time' : 'done_late';
  if (paused) return 'paused';
  if (deadline === null) return 'in_progress';
  if (deadline < AS_OF) return 'in_progress_overdue';
  return daysBetween(AS_OF, deadline) <= 7 ? 'due_soon' : 'in_progress';
}

function taskRow([title, u, deadline, completedOn, paused]: K): ReviewTaskRow {
  const s = status(deadline, completedOn, paused === true);
  const late = s === 'done_late' ? daysBetween(deadline!, completedOn!) : s === 'in_progress_overdue' ? daysBetween(deadline!, AS_OF) : 0;
  return { title, unitName: UNITS[u]!, deadline, completedOn, status: s, statusLabel: TASK_STATUS_LABELS[s], daysOverdue: late };
}

function level(score: number): Pick<ReviewRatingRow, 'level' | 'levelLabel'> {
  if (score >= 90) return { level: 'excellent', levelLabel: 'Hoàn thành xuất sắc nhiệm vụ' };
  if (score >= 70) return { level: 'good', levelLabel: 'Hoàn thành tốt nhiệm vụ' };
  if (score >= 50) return { level: 'done', levelLabel: 'Hoàn thành nhiệm vụ' };
  return { level: 'not_done', levelLabel: 'Không hoàn thành nhiệm vụ' };
}

export function sampleReviewData(): ReviewReportData {
  const targetRows: ReviewTargetRow[] = TARGETS.map(([label, unit, targetText, periodValue, lastYearValue, s]) => ({
    label, unit, targetText, periodValue, lastYearValue, status: s, statusLabel: TARGET_STATUS_LABELS[s],
  }));
  const targetSummary = summarizeTargets(targetRows);
  const tasks = TASKS.map(taskRow);
  const byStatus = (s: TaskStatus) => tasks.filter((t) => t.status === s);
  const byUnit: ReviewUnitTasks[] = UNITS.map((unitName) => {
    const mine = tasks.filter((t) => t.unitName === unitName);
    const n = (s: TaskStatus) => mine.filter((t) => t.status === s).length;
    const done = n('done_on_time') + n('done_late') + n('done_no_deadline');
    const withDeadline = n('done_on_time') + n('done_late');
    return {
      unitName, total: mine.length, doneOnTime: n('done_on_time'), doneLate: n('done_late'),
      overdue: n('in_progress_overdue'), open: mine.length - done,
      onTimeRate: withDeadline > 0 ? n('done_on_time') / withDeadline : null,
    };
  });
  const overdue = byStatus('in_progress_overdue').sort((a, b) => b.daysOverdue - a.daysOverdue);
  const nextTasks = tasks
    .filter((t) => t.completedOn === null && t.deadline !== null && t.deadline >= NEXT.start && t.deadline <= NEXT.end)
    .sort((a, b) => (a.deadline! < b.deadline! ? -1 : 1));

  return {
    issuer: { kind: 'party', parentName: null, name: 'THÀNH ỦY HẢI PHÒNG' },
    number: null,
    symbolSuffix: '-BC/TU',
    place: 'Hải Phòng',
    date: '2025-10-05',
    title: 'Kết quả thực hiện nhiệm vụ quý III/2025, phương hướng nhiệm vụ quý IV/2025',
    period: { code: '2025-Q3', label: 'quý III/2025' },
    nextPeriod: { code: '2025-Q4', label: 'quý IV/2025' },
    unit: null,
    targets: {
      rows: targetRows,
      achieved: targetSummary.achieved,
      assessed: targetSummary.assessed,
      total: targetSummary.total,
      headline: targetSummary.headlineVi,
    },
    tasks: {
      summary: summarizeTasks(tasks.map((t) => ({ status: t.status, hasDeadline: t.deadline !== null }))),
      byUnit,
      doneOnTime: byStatus('done_on_time'),
      doneLate: byStatus('done_late'),
      overdue,
    },
    limitations: { offTrack: targetRows.filter((r) => r.status === 'off_track' || r.status === 'at_risk'), overdue },
    nextTasks,
    ratings: RATINGS.map(([u, personInCharge, score]) => ({ unitName: UNITS[u]!, personInCharge, score, ...level(score) })),
    recipients: [
      'Ban Bí thư Trung ương Đảng (để báo cáo)',
      'Văn phòng Trung ương Đảng (để báo cáo)',
      'Các đồng chí Thành ủy viên',
      'Các ban đảng, Văn phòng Thành ủy',
      'Các đảng ủy trực thuộc Thành ủy',
      'Lưu Văn phòng Thành ủy.',
    ],
    signer: { role: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Đình Phong' },
  };
}
