/** The page's strings: zh-CN first, English on the switch. */
export type UiLocale = 'zh-CN' | 'en';

const zh = {
  title: 'fzlint 法治政府建设年度报告检查',
  tagline: '在本机浏览器中检查，文本不离开本机，不联网。',
  inputLabel: '报告正文（可直接粘贴、编辑，或拖入 .txt / .md / .docx 文件）',
  chooseFile: '选择文件（.txt / .md / .docx）',
  fixAll: '应用全部确定修复',
  download: '下载修改后的文本',
  language: 'English',
  languageLabel: 'Switch to English',
  legend: '图例',
  error: '错误',
  warning: '警告',
  info: '提示',
  findings: '检查结果',
  checking: '正在检查……',
  loading: '正在加载词典……',
  noFindings: '未发现问题。',
  summary: '{n} 个问题：错误 {e}，警告 {w}，提示 {i}（用时 {ms} 毫秒）',
  front: '标题与开头',
  applyFix: '应用修复：{title}',
  applySuggestion: '采用建议：{title}',
  explanation: '规则说明',
  noExplanation: '（此规则没有说明页。）',
  at: '第 {line} 行第 {column} 列',
  fixedCount: '已应用 {n} 处确定修复。',
  noFixes: '没有可自动应用的确定修复。',
  fileRead: '已读入 {name}（{encoding}）。',
  fileError: '无法读取 {name}：{reason}',
  damaged: '文件不是有效的 UTF-8，且多数字节为 UTF-8（文件可能已损坏）',
  notText: '文件不是 UTF-8 或 GB18030 文本',
  unsupported: '此页面读取 .txt、.md 和 .docx 文件；其他格式请用命令行 fzlint 或先另存为文本',
  backToText: '回到正文',
  dropHere: '松开以读入文件',
};

export type Strings = typeof zh;

const en: Strings = {
  title: 'fzlint: annual reports on law-based government',
  tagline: 'Checked in this browser: the text never leaves this machine, no network is used.',
  inputLabel: 'Report text (paste, edit, or drop a .txt / .md / .docx file)',
  chooseFile: 'Choose a file (.txt / .md / .docx)',
  fixAll: 'Apply all certain fixes',
  download: 'Download the fixed text',
  language: '中文',
  languageLabel: '切换到中文',
  legend: 'Legend',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  findings: 'Findings',
  checking: 'Checking…',
  loading: 'Loading the dictionary…',
  noFindings: 'No problems found.',
  summary: '{n} problems: {e} errors, {w} warnings, {i} info ({ms} ms)',
  front: 'Title and opening',
  applyFix: 'Apply fix: {title}',
  applySuggestion: 'Use suggestion: {title}',
  explanation: 'About this rule',
  noExplanation: '(This rule has no page.)',
  at: 'line {line}, column {column}',
  fixedCount: '{n} certain fixes applied.',
  noFixes: 'No certain fixes to apply.',
  fileRead: 'Read {name} ({encoding}).',
  fileError: 'Cannot read {name}: {reason}',
  damaged: 'the file is not valid UTF-8 although most of it is (it may be damaged)',
  notText: 'the file is neither UTF-8 nor GB18030 text',
  unsupported: 'this page reads .txt, .md and .docx files; for other formats use the fzlint CLI or save as text first',
  backToText: 'Back to the text',
  dropHere: 'Drop to read the file',
};

export const STRINGS: Record<UiLocale, Strings> = { 'zh-CN': zh, en };

/** `{name}` placeholders filled in. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
