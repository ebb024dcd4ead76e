// Words of the interface in Vietnamese (the default) and English, and the vi-VN formats of numbers,
// amounts and dates used on every page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDateVi, formatNumber, formatRatio } from '../../src/domain/format.ts';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../src/domain/task-status.ts';
import { TARGET_STATUS_LABELS, type TargetStatusKind } from '../../src/domain/target-status.ts';
import { TARGET_GROUP_LABELS, type TargetGroup } from '../../src/domain/target.ts';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../src/domain/document.ts';
import { STANDING_LABELS, type Standing } from '../../src/domain/observation.ts';
import type { ReportKind } from '../../src/domain/task.ts';

export type Lang = 'vi' | 'en';

const vi = {
  appName: 'Hải Đăng',
  appTagline: 'Theo dõi thực hiện nghị quyết',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  navDashboard: 'Tổng quan',
  navTargets: 'Chỉ tiêu',
  navTasks: 'Nhiệm vụ',
  navDocuments: 'Văn bản',
  navUnits: 'Đơn vị',
  navAudit: 'Nhật ký',
  navAccount: 'Tài khoản',
  openMenu: 'Mở danh mục',
  language: 'Ngôn ngữ',
  switchLang: 'English',
  asOf: 'Tính đến ngày',
  asOfHint: 'Để trống: hôm nay',
  today: 'Hôm nay',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  errorTitle: 'Không tải được dữ liệu',
  notFound: 'Không tìm thấy',
  notFoundText: 'Trang hoặc mục này không có, hoặc đã bị xóa.',
  backHome: 'Về trang tổng quan',
  forbiddenTitle: 'Không có quyền',
  forbiddenText: 'Tài khoản của bạn không được xem hoặc thực hiện việc này (ngoài phạm vi đơn vị hoặc vai trò).',
  none: 'Không có',
  noneYet: 'Chưa có',
  all: 'Tất cả',
  save: 'Lưu',
  send: 'Gửi',
  cancel: 'Hủy',
  more: 'Xem tất cả',
  page: 'Trang',
  prevPage: 'Trang trước',
  nextPage: 'Trang sau',
  results: '{n} kết quả',
  // Dashboard
  dashTitle: 'Tổng quan tình hình thực hiện',
  dashTargetsHeading: 'Chỉ tiêu',
  dashTargetsByStatus: 'Chỉ tiêu theo tình trạng',
  dashAtRisk: 'Chỉ tiêu có nguy cơ không đạt',
  dashOffTrack: 'Chỉ tiêu chậm tiến độ',
  dashTasksHeading: 'Nhiệm vụ',
  dashTasksByStatus: 'Nhiệm vụ theo tình trạng',
  dashDoneOfAll: 'Hoàn thành {done}/{total} nhiệm vụ ({rate})',
  dashDoneOfDeadline: '{done}/{total} nhiệm vụ có thời hạn đã hoàn thành ({rate})',
  dashOnTime: 'Tỷ lệ hoàn thành đúng hạn: {rate}',
  dashOverdue: 'Nhiệm vụ quá hạn',
  dashDueSoon: 'Nhiệm vụ sắp đến hạn',
  dashUnitsRank: 'Đơn vị xếp theo tỷ lệ hoàn thành đúng hạn',
  dashNoOverdue: 'Không có nhiệm vụ quá hạn.',
  dashNoDueSoon: 'Không có nhiệm vụ sắp đến hạn.',
  dashNoRisk: 'Không có chỉ tiêu nào trong nhóm này.',
  headline: '{achieved}/{assessed} chỉ tiêu đạt',
  headlineDetail: '{total} chỉ tiêu, {noData} chưa có số liệu',
  // Common columns
  colTask: 'Nhiệm vụ',
  colTarget: 'Chỉ tiêu',
  colUnit: 'Đơn vị',
  colLeadUnit: 'Đơn vị chủ trì',
  colDeadline: 'Thời hạn',
  colStatus: 'Tình trạng',
  colProgress: 'Tiến độ',
  colGoal: 'Mục tiêu',
  colLatest: 'Số liệu mới nhất',
  colPeriod: 'Kỳ',
  colGroup: 'Lĩnh vực',
  colOnTime: 'Đúng hạn',
  colDone: 'Hoàn thành',
  colOverdue: 'Quá hạn',
  colTotal: 'Tổng số',
  colRank: 'Hạng',
  colValue: 'Giá trị',
  colStanding: 'Mức độ',
  colSource: 'Nguồn',
  colDate: 'Ngày',
  colKind: 'Loại',
  colTitle: 'Trích yếu',
  colIssuer: 'Cơ quan ban hành',
  colNumber: 'Số hiệu',
  colLength: 'Độ dài',
  daysOverdue: 'quá hạn {n} ngày',
  noDeadline: 'Không thời hạn',
  recurring: 'Thường xuyên',
  wholeCity: 'Toàn thành phố',
  // Targets
  targetsTitle: 'Chỉ tiêu',
  filterGroup: 'Lĩnh vực',
  filterUnit: 'Đơn vị',
  filterStatus: 'Tình trạng',
  targetGoal: 'Chỉ tiêu',
  targetBaseline: 'Số liệu gốc',
  targetOwner: 'Đơn vị theo dõi',
  targetLatest: 'Số liệu mới nhất',
  targetRatio: 'Mức độ thực hiện so với lộ trình',
  targetForecast: 'Dự báo',
  targetSource: 'Câu trong văn bản',
  openInDocument: 'Xem trong văn bản',
  targetChart: 'Diễn biến số liệu so với lộ trình',
  targetFigures: 'Các số liệu đã nhập',
  targetNoFigures: 'Chưa có số liệu nào cho chỉ tiêu này.',
  targetTasks: 'Nhiệm vụ gắn với chỉ tiêu',
  addFigure: 'Nhập số liệu mới',
  figurePeriod: 'Kỳ số liệu',
  figurePeriodHint: 'Ví dụ: 2025 (cả năm), 2025-H1 (6 tháng đầu năm), 2025-Q3 (quý III), 2025-09 (tháng 9), 2025-01/2025-09 (9 tháng)',
  figurePeriodInvalid: 'Kỳ không hợp lệ',
  figureValue: 'Giá trị',
  figureStanding: 'Mức độ số liệu',
  figureUnit: 'Phạm vi',
  figureSaved: 'Đã lưu số liệu.',
  chartFigures: 'Số liệu thực hiện',
  chartTrajectory: 'Lộ trình đến chỉ tiêu',
  chartNeeded: 'Cần đạt từ nay (dự báo)',
  chartGoal: 'Chỉ tiêu',
  chartOther: 'Số liệu {unit}',
  chartLoading: 'Đang vẽ biểu đồ…',
  chartSummary: 'Biểu đồ: {n} số liệu; chỉ tiêu {goal} vào cuối {period}.',
  // Tasks
  tasksTitle: 'Nhiệm vụ',
  search: 'Tìm kiếm',
  searchHint: 'Gõ có dấu hoặc không dấu, ví dụ: khu thuong mai',
  deadlineFrom: 'Hạn từ ngày',
  deadlineTo: 'Đến ngày',
  filterDocument: 'Văn bản giao',
  clearFilters: 'Xóa bộ lọc',
  noTasks: 'Không có nhiệm vụ nào phù hợp.',
  sixClears: '6 rõ',
  clearWork: 'Rõ việc',
  clearResponsibility: 'Rõ trách nhiệm',
  clearPerson: 'Rõ người',
  clearAuthority: 'Rõ thẩm quyền',
  clearProduct: 'Rõ sản phẩm',
  clearTime: 'Rõ thời gian',
  leadUnit: 'Chủ trì',
  coUnits: 'Phối hợp',
  assignedOn: 'Ngày giao',
  deadline: 'Thời hạn',
  latestDeadline: 'Chậm nhất',
  extensions: 'Số lần gia hạn: {n}',
  parentTask: 'Thuộc nhiệm vụ',
  linkedTargets: 'Chỉ tiêu liên quan',
  reportsTitle: 'Quá trình thực hiện',
  noReports: 'Chưa có báo cáo nào.',
  actionsTitle: 'Báo cáo, xử lý',
  actProgress: 'Báo cáo tiến độ',
  actComplete: 'Báo cáo hoàn thành',
  actReturn: 'Trả lại (chưa đạt yêu cầu)',
  actExtRequest: 'Đề nghị gia hạn',
  actExtDecision: 'Quyết định gia hạn',
  actPause: 'Tạm dừng',
  actResume: 'Tiếp tục thực hiện',
  reportKindLabel: 'Loại báo cáo',
  reportDate: 'Ngày báo cáo',
  reportProgress: 'Tiến độ (%)',
  reportText: 'Nội dung',
  newDeadline: 'Thời hạn mới',
  decision: 'Quyết định',
  approve: 'Đồng ý gia hạn',
  refuse: 'Không đồng ý',
  reportSaved: 'Đã ghi nhận báo cáo.',
  approvedYes: 'Đồng ý',
  approvedNo: 'Không đồng ý',
  // Documents
  documentsTitle: 'Văn bản',
  newDocument: 'Nhập văn bản mới',
  docKind: 'Loại văn bản',
  docNumber: 'Số hiệu',
  docIssuedOn: 'Ngày ban hành',
  docIssuer: 'Cơ quan ban hành',
  docTitle: 'Trích yếu',
  docText: 'Toàn văn',
  docTextHint: 'Dán toàn văn văn bản vào đây',
  docSaved: 'Đã lưu văn bản.',
  docLegend: 'Chú thích',
  docItems: 'Nội dung đã ghi nhận từ văn bản',
  docNoText: 'Văn bản chưa có toàn văn.',
  chars: '{n} ký tự',
  markTarget: 'Chỉ tiêu',
  markFigure: 'Số liệu',
  markTask: 'Nhiệm vụ',
  reviewTitle: 'Xem xét đề xuất trích xuất',
  reviewPlaceholder:
    'Sắp có: máy sẽ đề xuất các chỉ tiêu, số liệu và nhiệm vụ đọc được trong văn bản để cán bộ xem xét, chấp nhận, sửa, gộp hoặc loại bỏ. Màn hình này sẽ hoạt động khi chức năng trích xuất sẵn sàng.',
  // Units
  unitsTitle: 'Đơn vị',
  unitParent: 'Trực thuộc',
  unitChildren: 'Đơn vị trực thuộc',
  unitTasks: 'Nhiệm vụ do đơn vị chủ trì',
  unitTargets: 'Chỉ tiêu đơn vị theo dõi',
  unitOnTime: 'Tỷ lệ hoàn thành đúng hạn',
  unitCode: 'Mã',
  // Audit
  auditTitle: 'Nhật ký thay đổi',
  auditWhen: 'Thời điểm',
  auditWho: 'Người thực hiện',
  auditAction: 'Thao tác',
  auditObject: 'Đối tượng',
  auditAll: 'Mọi đối tượng',
  auditSystem: 'hệ thống',
  // Auth
  loginTitle: 'Đăng nhập',
  loginName: 'Tên đăng nhập',
  password: 'Mật khẩu',
  loginButton: 'Đăng nhập',
  loginFailed: 'Sai tên đăng nhập hoặc mật khẩu.',
  logout: 'Đăng xuất',
  changePassword: 'Đổi mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  repeatPassword: 'Nhập lại mật khẩu mới',
  passwordMismatch: 'Hai lần nhập mật khẩu mới không khớp.',
  passwordChanged: 'Đã đổi mật khẩu.',
  accountsNotReady: 'Chức năng tài khoản chưa được bật trên máy chủ này: mọi người đang dùng chung quyền truy cập.',
  signedInAs: 'Đang đăng nhập: {name}',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appName: 'Hải Đăng',
  appTagline: 'Following up resolutions',
  skipToContent: 'Skip to main content',
  navDashboard: 'Overview',
  navTargets: 'Targets',
  navTasks: 'Tasks',
  navDocuments: 'Documents',
  navUnits: 'Units',
  navAudit: 'Audit log',
  navAccount: 'Account',
  openMenu: 'Open menu',
  language: 'Language',
  switchLang: 'Tiếng Việt',
  asOf: 'As of',
  asOfHint: 'Empty: today',
  today: 'Today',
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Could not load the data',
  notFound: 'Not found',
  notFoundText: 'This page or item does not exist, or has been deleted.',
  backHome: 'Back to the overview',
  forbiddenTitle: 'Not allowed',
  forbiddenText: 'Your account may not see or do this (outside your unit or role).',
  none: 'None',
  noneYet: 'None yet',
  all: 'All',
  save: 'Save',
  send: 'Send',
  cancel: 'Cancel',
  more: 'See all',
  page: 'Page',
  prevPage: 'Previous page',
  nextPage: 'Next page',
  results: '{n} results',
  dashTitle: 'Overview of implementation',
  dashTargetsHeading: 'Targets',
  dashTargetsByStatus: 'Targets by status',
  dashAtRisk: 'Targets at risk',
  dashOffTrack: 'Targets off track',
  dashTasksHeading: 'Tasks',
  dashTasksByStatus: 'Tasks by status',
  dashDoneOfAll: '{done}/{total} tasks done ({rate})',
  dashDoneOfDeadline: '{done}/{total} tasks with a deadline done ({rate})',
  dashOnTime: 'Done on time: {rate}',
  dashOverdue: 'Overdue tasks',
  dashDueSoon: 'Tasks due soon',
  dashUnitsRank: 'Units ranked by on-time completion',
  dashNoOverdue: 'No overdue tasks.',
  dashNoDueSoon: 'No tasks due soon.',
  dashNoRisk: 'No targets in this group.',
  headline: '{achieved}/{assessed} targets achieved',
  headlineDetail: '{total} targets, {noData} without figures',
  colTask: 'Task',
  colTarget: 'Target',
  colUnit: 'Unit',
  colLeadUnit: 'Lead unit',
  colDeadline: 'Deadline',
  colStatus: 'Status',
  colProgress: 'Progress',
  colGoal: 'Goal',
  colLatest: 'Latest figure',
  colPeriod: 'Period',
  colGroup: 'Field',
  colOnTime: 'On time',
  colDone: 'Done',
  colOverdue: 'Overdue',
  colTotal: 'Total',
  colRank: 'Rank',
  colValue: 'Value',
  colStanding: 'Standing',
  colSource: 'Source',
  colDate: 'Date',
  colKind: 'Kind',
  colTitle: 'Title',
  colIssuer: 'Issued by',
  colNumber: 'Number',
  colLength: 'Length',
  daysOverdue: '{n} days overdue',
  noDeadline: 'No deadline',
  recurring: 'Recurring',
  wholeCity: 'Whole city',
  targetsTitle: 'Targets',
  filterGroup: 'Field',
  filterUnit: 'Unit',
  filterStatus: 'Status',
  targetGoal: 'Target',
  targetBaseline: 'Baseline',
  targetOwner: 'Followed by',
  targetLatest: 'Latest figure',
  targetRatio: 'Progress against the path',
  targetForecast: 'Forecast',
  targetSource: 'Sentence in the document',
  openInDocument: 'See in the document',
  targetChart: 'Figures over time against the path',
  targetFigures: 'Figures entered',
  targetNoFigures: 'No figures for this target yet.',
  targetTasks: 'Tasks linked to the target',
  addFigure: 'Enter a new figure',
  figurePeriod: 'Period',
  figurePeriodHint: 'E.g. 2025 (year), 2025-H1 (first half), 2025-Q3 (3rd quarter), 2025-09 (September), 2025-01/2025-09 (9 months)',
  figurePeriodInvalid: 'Not a valid period',
  figureValue: 'Value',
  figureStanding: 'Standing of the figure',
  figureUnit: 'Scope',
  figureSaved: 'Figure saved.',
  chartFigures: 'Figures',
  chartTrajectory: 'Path to the target',
  chartNeeded: 'Needed from now (forecast)',
  chartGoal: 'Target',
  chartOther: 'Figures of {unit}',
  chartLoading: 'Drawing the chart…',
  chartSummary: 'Chart: {n} figures; target {goal} by the end of {period}.',
  tasksTitle: 'Tasks',
  search: 'Search',
  searchHint: 'With or without diacritics, e.g. khu thuong mai',
  deadlineFrom: 'Deadline from',
  deadlineTo: 'to',
  filterDocument: 'Assigning document',
  clearFilters: 'Clear filters',
  noTasks: 'No tasks match.',
  sixClears: 'The six clears',
  clearWork: 'Clear work',
  clearResponsibility: 'Clear responsibility',
  clearPerson: 'Clear person',
  clearAuthority: 'Clear authority',
  clearProduct: 'Clear product',
  clearTime: 'Clear time',
  leadUnit: 'Lead',
  coUnits: 'Co-ordinating',
  assignedOn: 'Assigned on',
  deadline: 'Deadline',
  latestDeadline: 'At the latest',
  extensions: 'Extensions: {n}',
  parentTask: 'Part of task',
  linkedTargets: 'Linked targets',
  reportsTitle: 'Reports',
  noReports: 'No reports yet.',
  actionsTitle: 'Report or decide',
  actProgress: 'Report progress',
  actComplete: 'Report completion',
  actReturn: 'Return (not accepted)',
  actExtRequest: 'Request an extension',
  actExtDecision: 'Decide on an extension',
  actPause: 'Pause',
  actResume: 'Resume',
  reportKindLabel: 'Kind of report',
  reportDate: 'Report date',
  reportProgress: 'Progress (%)',
  reportText: 'Text',
  newDeadline: 'New deadline',
  decision: 'Decision',
  approve: 'Approve the extension',
  refuse: 'Refuse',
  reportSaved: 'Report recorded.',
  approvedYes: 'Approved',
  approvedNo: 'Refused',
  documentsTitle: 'Documents',
  newDocument: 'Add a document',
  docKind: 'Kind',
  docNumber: 'Number',
  docIssuedOn: 'Issued on',
  docIssuer: 'Issued by',
  docTitle: 'Title',
  docText: 'Full text',
  docTextHint: 'Paste the full text of the document here',
  docSaved: 'Document saved.',
  docLegend: 'Legend',
  docItems: 'Items recorded from this document',
  docNoText: 'This document has no text.',
  chars: '{n} characters',
  markTarget: 'Target',
  markFigure: 'Figure',
  markTask: 'Task',
  reviewTitle: 'Review of extraction proposals',
  reviewPlaceholder:
    'Coming: the targets, figures and tasks read from the document will be proposed here for an officer to accept, edit, merge or reject. This screen works once the extraction service is available.',
  unitsTitle: 'Units',
  unitParent: 'Under',
  unitChildren: 'Units under it',
  unitTasks: 'Tasks it leads',
  unitTargets: 'Targets it follows',
  unitOnTime: 'On-time completion',
  unitCode: 'Code',
  auditTitle: 'Audit log',
  auditWhen: 'When',
  auditWho: 'Who',
  auditAction: 'Action',
  auditObject: 'Object',
  auditAll: 'All objects',
  auditSystem: 'system',
  loginTitle: 'Sign in',
  loginName: 'Login',
  password: 'Password',
  loginButton: 'Sign in',
  loginFailed: 'Wrong login or password.',
  logout: 'Sign out',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  repeatPassword: 'Repeat the new password',
  passwordMismatch: 'The two new passwords differ.',
  passwordChanged: 'Password changed.',
  accountsNotReady: 'Accounts are not enabled on this server yet: everyone shares the same access.',
  signedInAs: 'Signed in: {name}',
};

const TASK_STATUS_EN: Record<TaskStatus, string> = {
  done_on_time: 'Done on time',
  done_late: 'Done late',
  done_no_deadline: 'Done (no deadline)',
  in_progress: 'In progress, on time',
  due_soon: 'Due soon',
  in_progress_overdue: 'In progress, overdue',
  paused: 'Paused',
};
const TARGET_STATUS_EN: Record<TargetStatusKind, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_data: 'No figures yet',
};
const GROUP_EN: Record<TargetGroup, string> = {
  xay_dung_dang: 'Party building and the political system',
  kinh_te_xa_hoi: 'Economy and society',
  quoc_phong_an_ninh: 'Defence and security',
};
const DOC_KIND_EN: Record<DocumentKind, string> = {
  nghi_quyet: 'Resolution', ket_luan: 'Conclusion', thong_bao: 'Notice', bao_cao: 'Report', ke_hoach: 'Plan', chi_thi: 'Directive', khac: 'Other',
};
const STANDING_EN: Record<Standing, string> = { estimate: 'Estimate', preliminary: 'Preliminary', official: 'Official' };
const REPORT_KIND_VI: Record<ReportKind, string> = {
  progress: 'Báo cáo tiến độ',
  complete: 'Báo cáo hoàn thành',
  return: 'Trả lại',
  extension_request: 'Đề nghị gia hạn',
  extension_decision: 'Quyết định gia hạn',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục thực hiện',
};
const REPORT_KIND_EN: Record<ReportKind, string> = {
  progress: 'Progress report',
  complete: 'Completion report',
  return: 'Returned',
  extension_request: 'Extension requested',
  extension_decision: 'Extension decision',
  pause: 'Paused',
  resume: 'Resumed',
};
const AUDIT_ACTION: Record<Lang, Record<string, string>> = {
  vi: { create: 'Tạo mới', update: 'Sửa', delete: 'Xóa', import: 'Nạp dữ liệu', report: 'Báo cáo', change_password: 'Đổi mật khẩu', reset_password: 'Đặt lại mật khẩu' },
  en: { create: 'Created', update: 'Changed', delete: 'Deleted', import: 'Imported', report: 'Reported', change_password: 'Password changed', reset_password: 'Password reset' },
};
const AUDIT_OBJECT: Record<Lang, Record<string, string>> = {
  vi: { task: 'Nhiệm vụ', target: 'Chỉ tiêu', observation: 'Số liệu', document: 'Văn bản', unit: 'Đơn vị', report: 'Báo cáo', user: 'Tài khoản', workspace: 'Toàn bộ dữ liệu' },
  en: { task: 'Task', target: 'Target', observation: 'Figure', document: 'Document', unit: 'Unit', report: 'Report', user: 'Account', workspace: 'Whole workspace' },
};

/** How the unit of a value is written for a reader ("count" is not a word anyone writes). */
const UNIT_WORDS: Record<Lang, Record<string, string>> = {
  vi: { count: '', VND: 'đồng', 'VND/ha': 'đồng/ha', 'USD/person': 'USD/người', 'm2/person': 'm²/người', tonne: 'tấn', visit: 'lượt khách', index: '', person: 'người', household: 'hộ' },
  en: { count: '', VND: 'VND', 'VND/ha': 'VND/ha', 'USD/person': 'USD/person', 'm2/person': 'm²/person', tonne: 'tonnes', visit: 'visits', index: '', person: 'people', household: 'households' },
};

function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  taskStatus(s: TaskStatus): string;
  targetStatus(s: TargetStatusKind): string;
  group(g: TargetGroup): string;
  docKind(k: DocumentKind): string;
  standing(s: Standing): string;
  reportKind(k: ReportKind): string;
  auditAction(a: string): string;
  auditObject(o: string): string;
  unitWord(u: string): string;
  /** A value with its unit, large amounts in "triệu"/"tỷ"/"nghìn tỷ": 245.500 tỷ đồng. */
  amount(value: number | null | undefined, unit: string): string;
  number(value: number | null | undefined, digits?: number): string;
  ratio(value: number | null | undefined): string;
  date(value: string | null | undefined): string;
  dateTime(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem('hd_lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void): I18n {
  const dict = lang === 'en' ? en : vi;
  const unitWord = (u: string) => UNIT_WORDS[lang][u] ?? u;
  const scales: Array<[number, string, string]> = [
    [1e12, 'nghìn tỷ', 'trillion'],
    [1e9, 'tỷ', 'billion'],
    [1e6, 'triệu', 'million'],
  ];
  return {
    lang,
    setLang,
    t: (key, params) => fill(dict[key], params),
    taskStatus: (s) => (lang === 'en' ? TASK_STATUS_EN[s] : TASK_STATUS_LABELS[s]),
    targetStatus: (s) => (lang === 'en' ? TARGET_STATUS_EN[s] : TARGET_STATUS_LABELS[s]),
    group: (g) => (lang === 'en' ? GROUP_EN[g] : TARGET_GROUP_LABELS[g]),
    docKind: (k) => (lang === 'en' ? DOC_KIND_EN[k] : DOCUMENT_KIND_LABELS[k]),
    standing: (s) => (lang === 'en' ? STANDING_EN[s] : STANDING_LABELS[s]),
    reportKind: (k) => (lang === 'en' ? REPORT_KIND_EN[k] : REPORT_KIND_VI[k]),
    auditAction: (a) => AUDIT_ACTION[lang][a] ?? a,
    auditObject: (o) => AUDIT_OBJECT[lang][o] ?? o,
    unitWord,
    amount(value, unit) {
      if (value === null || value === undefined || !Number.isFinite(value)) return '—';
      if (unit === '%') return `${formatNumber(value)}%`;
      const word = unitWord(unit);
      // Money and big counts read in millions and billions, as reports write them.
      const base = unit.split('/')[0] ?? unit;
      if (base === 'VND' || base === 'USD' || Math.abs(value) >= 1e6) {
        for (const [size, viWord, enWord] of scales) {
          if (Math.abs(value) >= size) {
            const n = formatNumber(value / size, 2);
            return `${n} ${lang === 'en' ? enWord : viWord}${word ? ` ${word}` : ''}`;
          }
        }
      }
      const n = formatNumber(value, 2);
      return word ? `${n} ${word}` : n;
    },
    number: (v, digits = 2) => (v === null || v === undefined ? '—' : formatNumber(v, digits)),
    ratio: (v) => (v === null || v === undefined ? '—' : formatRatio(v)),
    date: (v) => (v ? formatDateVi(v) : '—'),
    dateTime(v) {
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) return v;
      return new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit',
      }).format(d);
    },
  };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem('hd_lang', l);
    } catch {
      /* private mode: the choice lasts this visit only */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
