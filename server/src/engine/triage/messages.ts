import type { LocalizedText } from '../types';

/** The triage's messages, zh-CN first; `{name}` placeholders (rule.ts formatMessage). */
export const TRIAGE_MESSAGES = {
  missing: {
    'zh-CN': '未收到“{name}”的报告（应报送名单中有，文件夹中没有）。',
    en: 'No report from “{name}” (on the expected list, not in the folder).',
  },
  duplicate: {
    'zh-CN': '“{issuer}”的{year}年度报告报送了 {count} 份：{files}。请确认以哪一份为准。',
    en: '“{issuer}” submitted {count} reports for {year}: {files}. Confirm which one stands.',
  },
  unexpected: {
    'zh-CN': '报告主体“{issuer}”不在应报送名单中（名称写法不同时请核对名单）。',
    en: 'The issuer “{issuer}” is not on the expected list (check the list if the name is written differently).',
  },
  late: {
    'zh-CN': '成文日期“{date}”晚于报送期限{deadline}（{basis}）。',
    en: 'The date of writing “{date}” is after the deadline {deadlineEn} ({basisEn}).',
  },
  copyOther: {
    'zh-CN': '第 {line} 行的段落与“{otherIssuer}”报告（{otherFile} 第 {otherLine} 行）{how}（相似度 {similarity}）：请核实是否照搬他人报告。',
    en: 'The paragraph at line {line} is {howEn} the report of “{otherIssuer}” ({otherFile} line {otherLine}; similarity {similarity}): check whether it was copied.',
  },
  copyLastYear: {
    'zh-CN':
      '第 {line} 行的段落与本单位上一年度报告（{otherFile} 第 {otherLine} 行）{how}（相似度 {similarity}）：年度报告应写本年度的情况，请核实是否沿用旧文。',
    en: "The paragraph at line {line} is {howEn} last year's report of the same issuer ({otherFile} line {otherLine}; similarity {similarity}): an annual report covers its own year; check for reused text.",
  },
  sameText: {
    'zh-CN':
      '本报告与“{otherIssuer}”的报告（{otherFile}）基本相同：{of} 段中有 {shared} 段相同或高度相似。请确认是同一报告的两个文件（如 .docx 和 .txt），还是照搬。',
    en: 'This report is largely the same as the report of “{otherIssuer}” ({otherFile}): {shared} of {of} paragraphs are identical or nearly so. Check whether these are two files of one report (a .docx and a .txt) or a copy.',
  },
  sameTextLastYear: {
    'zh-CN': '本报告与本单位上一年度报告（{otherFile}）基本相同：{of} 段中有 {shared} 段相同或高度相似。年度报告应写本年度的情况，请核实。',
    en: "This report is largely the same as last year's report of the same issuer ({otherFile}): {shared} of {of} paragraphs are identical or nearly so. An annual report covers its own year; check it.",
  },
  rateOutlier: {
    'zh-CN': '“{name}”为 {value}，与本批 {reports} 份报告相差较大（中位数 {median}，常见范围 {low}～{high}）：请核实数据（仅供参考）。',
    en: '“{name}” is {value}, far from the {reports} reports of this batch (median {median}, usual range {low}–{high}): check the figure (for information).',
  },
} satisfies Record<string, LocalizedText>;

export const DEADLINE_BASIS = {
  configured: { 'zh-CN': '按配置', en: 'as configured' },
  'demonstration-area': { 'zh-CN': '示范创建地区 1月31日前', en: 'demonstration area: by 31 January' },
  province: { 'zh-CN': '省级：次年4月1日前', en: 'provincial level: by 1 April' },
  'below-province': { 'zh-CN': '省级以下政府和部门：次年3月1日前', en: 'below the provincial level: by 1 March' },
} satisfies Record<string, LocalizedText>;

export const COPY_HOW = {
  verbatim: { 'zh-CN': '完全相同', en: 'identical to a paragraph of' },
  near: { 'zh-CN': '高度相似', en: 'nearly identical to a paragraph of' },
} satisfies Record<string, LocalizedText>;
