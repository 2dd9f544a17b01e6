import type { IssuerLevel } from '../../engine/document/issuer-level';
import type { Locale } from '../../engine/rule';
import type { DeadlineStatus, TriageFindingKind } from '../../engine/triage';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const LEVEL_LABEL: Labels<IssuerLevel> = {
  province: { 'zh-CN': '省级', en: 'province' },
  city: { 'zh-CN': '市级', en: 'city' },
  county: { 'zh-CN': '县级', en: 'county' },
  township: { 'zh-CN': '乡镇（街道）', en: 'township' },
  department: { 'zh-CN': '部门', en: 'department' },
};

export const DEADLINE_LABEL: Labels<DeadlineStatus> = {
  'on-time': { 'zh-CN': '按期', en: 'on time' },
  late: { 'zh-CN': '逾期', en: 'late' },
  'no-date': { 'zh-CN': '无成文日期', en: 'no date' },
  'no-year': { 'zh-CN': '无报告年度', en: 'no report year' },
  'not-applicable': { 'zh-CN': '不适用', en: 'not applicable' },
};

export const FINDING_LABEL: Labels<TriageFindingKind> = {
  missing: { 'zh-CN': '未报送', en: 'not submitted' },
  duplicate: { 'zh-CN': '重复报送', en: 'submitted twice' },
  unexpected: { 'zh-CN': '不在名单中', en: 'not on the list' },
  late: { 'zh-CN': '逾期', en: 'late' },
  copy: { 'zh-CN': '段落雷同', en: 'copied paragraph' },
  'same-text': { 'zh-CN': '全文雷同', en: 'same text' },
  'rate-outlier': { 'zh-CN': '数据偏离', en: 'figure far from the batch' },
};

export const SEVERITY_LABEL: Labels<'error' | 'warning' | 'info'> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

/** The table's column headers, in order (the CSV and the HTML table share them). */
export const COLUMN_LABEL: Labels<
  'file' | 'kind' | 'issuer' | 'level' | 'year' | 'date' | 'deadline' | 'due' | 'errors' | 'warnings' | 'infos' | 'triage' | 'parts'
> = {
  file: { 'zh-CN': '文件', en: 'File' },
  kind: { 'zh-CN': '文档类型', en: 'Kind' },
  issuer: { 'zh-CN': '报告主体', en: 'Issuer' },
  level: { 'zh-CN': '层级', en: 'Level' },
  year: { 'zh-CN': '年度', en: 'Year' },
  date: { 'zh-CN': '成文日期', en: 'Date' },
  deadline: { 'zh-CN': '报送时限', en: 'Deadline status' },
  due: { 'zh-CN': '期限', en: 'Due' },
  errors: { 'zh-CN': '错误', en: 'Errors' },
  warnings: { 'zh-CN': '警告', en: 'Warnings' },
  infos: { 'zh-CN': '提示', en: 'Info' },
  triage: { 'zh-CN': '分拣问题', en: 'Triage findings' },
  parts: { 'zh-CN': '必备部分', en: 'Required parts' },
};
