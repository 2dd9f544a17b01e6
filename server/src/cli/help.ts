export const HELP_ZH = `用法：fzlint [选项] [文件|目录|通配符…]
      fzlint --stdin [--stdin-filename 报告.md] < 报告.txt
      fzlint annotate <文件|目录…> -o <目录> [--no-track-changes] [--docx-from-text]
      fzlint init | print-config <报告> | pack new|test|check <规则包>（见 docs/configuration.md、docs/packs.md）
      fzlint verdict dismiss|confirm <报告> (--fingerprint 指纹 | --rule 规则 --line 行号) --reason "理由"
             [--ledger 文件] [--by 审阅人]   把对一个问题的核查意见记入核查记录（见 docs/verdicts.md）
      fzlint triage <文件夹> [--expect 名单.txt] [--format stylish|html|csv|json] [-o 文件]  收到的一批报告分拣（见 docs/triage.md）

检查法治政府建设年度报告和其他公文（.txt / .md，UTF-8 或 GB18030/GBK；Word .docx / .doc、OpenDocument .odt、
PDF 文字层，只读）。先识别文件类型：
法治政府建设年度报告适用全部规则，其他公文只用通用的公文规则（标点、数字、标题层次、文号、日期等）。
目录和通配符中不是公文的文件、其他类型的文件不检查，但会逐一列出并说明原因；直接写出的文件总是检查。
Word/ODT 文件按段落编行号；PDF 的问题标出页码和页内行号（第3页第12行）。WPS 的 .wps 文件请先另存为 .docx。

选项：
  -f, --format <名称>        输出格式：stylish（默认，中文）、json（ESLint 格式）、sarif、github、junit、html；
                             docx：带批注的 Word 副本（须用 -o <目录>，同 fzlint annotate）
  -o, --output-file <路径>   把结果写入文件（原子写入），不打印到标准输出
  annotate（即 --format docx）：为每个 .docx 在 -o 指定的目录中写一份审阅副本：每个问题一条批注（作者 fzlint），
                             确定的修复作为修订（可在 Word/WPS 中逐条接受或拒绝）；原文件不改写
      --no-track-changes     审阅副本中不写修订，修复只写在批注里
      --docx-from-text       .txt/.md 报告也写成带批注和修订的 Word 文件（每行一段）
      --cache                缓存结果，内容和配置未变的文件不再检查（默认存于用户缓存目录；--cache-location 指定文件或目录）
      --workers <数|auto>    批量检查的线程数，含主线程（默认 auto：40 个文件起每个空闲核一个；0 或 1 为串行；不超过 CPU 核数）
      --fix                  应用确定的自动修复并写回文件（原子写入，保留 BOM 和换行符；检查期间被改动的文件不写）
      --fix-read-only        --fix 也改写标记为只读的文件（默认跳过并报错）
      --follow-symlinks      遍历目录时进入符号链接的文件夹（默认不进入；每个真实文件夹只走一次）
      --fix-dry-run          计算修复但不写文件（在 json 的 output 字段中给出修复后文本）
      --rule <规则:级别>     调整规则级别：off | info | warning | error，可重复
      --source <模式>        auto（默认，自动识别网页复制件）| draft | published-copy
      --allow-code-rules     运行规则包中的代码规则（JS，codeRules；默认不运行）。仅用于信任的规则包；也可设 FZLINT_ALLOW_CODE_RULES=1
      --all-files            目录和通配符中的 .txt、.md、.docx、.doc、.odt、.pdf 文件不论类型一律检查
  -q, --quiet                只报告错误
      --max-warnings <数>    警告超过该数目时以退出码 1 结束
      --locale <语言>        zh-CN（默认）或 en
      --docs-base <网址|路径> 规则说明链接（json 的 url、sarif 的 helpUri）的位置，如内网上的 docs/ 副本；默认为安装包自带的
                             说明页（file: 地址，不需联网）；也可设 FZLINT_DOCS_BASE
      --ledger <文件>        应用核查记录（fzlint verdict 或 HTML 报告导出）：已排除的问题显示为已排除、不计入，
                             其余标为“新”
      --baseline <文件>      基线：其中已有的问题不计入、不导致失败，只有新问题计入退出码
      --write-baseline <文件> 把本次的全部问题写为基线（原子写入），以退出码 0 结束
      --previous <文件|auto> 同一单位上一年度的报告，用于跨年度对照（照搬去年的段落、“比上年增长”的数字）；auto：在报告所在文件夹和
                             --archive 文件夹中按发文机关和年度查找，找不到或不唯一时说明一次
      --archive <文件夹>     --previous auto 另外查找的文件夹（可多次）
      --stdin                从标准输入读取（也可用文件名 -）
      --stdin-filename <名>  标准输入文本的文件名（决定按 .md 还是 .txt 解析）
      --color / --no-color   强制开启或关闭颜色（默认仅在终端中着色，遵守 NO_COLOR）
  -h, --help                 显示帮助
  -v, --version              显示版本

退出码：0 没有错误；1 有错误（或警告超过 --max-warnings）；2 用法、配置或读写错误。
`;

export const HELP_EN = `Usage: fzlint [options] [file|dir|glob ...]
       fzlint --stdin [--stdin-filename report.md] < report.txt
       fzlint annotate <file|dir ...> -o <dir> [--no-track-changes] [--docx-from-text]
       fzlint init | print-config <report> | pack new|test|check <pack>  (docs/configuration.md, docs/packs.md)
       fzlint verdict dismiss|confirm <report> (--fingerprint F | --rule ID --line N) --reason "…"
              [--ledger FILE] [--by NAME]   record a verdict on one finding in the ledger (docs/verdicts.md)
       fzlint triage <folder> [--expect issuers.txt] [--format stylish|html|csv|json] [-o FILE]  triage a batch of received reports (docs/triage.md)

Checks annual reports on law-based government construction and other official documents (.txt / .md in UTF-8 or
GB18030/GBK; read-only: Word .docx / .doc, OpenDocument .odt, PDF text layers). Word/ODT lines are paragraphs; PDF
findings also show the page and the line on it. Save WPS .wps files as .docx first. The kind of each file is detected first: an annual report gets every rule, another official
document the general rules (punctuation, numbers, headings, 文号, dates …). In folders and globs, files that are not
official documents, and files of other types, are not checked but listed with the reason; files named one by one
are always checked.

Options:
  -f, --format <name>        stylish (default), json (ESLint's shape), sarif, github, junit, html;
                             docx: annotated Word copies (needs -o <dir>; the same as fzlint annotate)
  -o, --output-file <path>   write the result to a file (atomically) instead of stdout
  annotate (= --format docx): for each .docx, a reviewed copy in the -o folder: each finding a comment
                             (author fzlint), certain fixes as tracked changes to accept or reject in
                             Word/WPS; the input is never written
      --no-track-changes     no tracked changes in the copy: fixes only in the comments
      --docx-from-text       also .txt/.md reports, as a Word file of their text (one paragraph a line)
      --cache                skip files whose content and configuration did not change (kept in the user's
                             cache folder; --cache-location for a file or folder)
      --workers <n|auto>     threads checking a batch, main thread included (auto: one per free core from 40
                             files; 0 or 1 = serial; at most the number of cores)
      --fix                  apply certain fixes and write the files (atomic; keeps BOM and line endings;
                             a file changed while it was checked is not written)
      --fix-read-only        let --fix rewrite files marked read-only (default: refused with an error)
      --follow-symlinks      enter symbolically linked folders in a folder walk (default: not; each real
                             folder once)
      --fix-dry-run          compute fixes without writing (json: fixed text in "output")
      --rule <id:level>      off | info | warning | error; repeatable
      --source <mode>        auto (default: detects web copies) | draft | published-copy
      --allow-code-rules     run the code rules (JS, codeRules) packs name; off by default. Only for packs
                             you trust; also FZLINT_ALLOW_CODE_RULES=1
      --all-files            in folders and globs, check every .txt, .md, .docx, .doc, .odt and .pdf file whatever its kind
  -q, --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --locale <locale>      zh-CN (default) or en
      --docs-base <url|dir>  where rule pages are linked (json url, sarif helpUri), e.g. an intranet copy of
                             docs/; default: the pages installed with fzlint (file: URIs, no network);
                             also FZLINT_DOCS_BASE
      --ledger <file>        apply a verdict ledger (fzlint verdict, or exported from the HTML report):
                             dismissed findings are shown as such and not counted; the others are marked new
      --baseline <file>      findings in this baseline are not counted and do not fail the run
      --write-baseline <file> write all findings of this run as a baseline (atomically); exit 0
      --previous <file|auto> last year's report of the same issuer, for the cross-year checks (repeated
                             paragraphs, changes stated against last year); auto: look in the report's
                             folder and the --archive folders by issuer and year, and say so once when
                             there is none or several
      --archive <folder>     another folder for --previous auto (repeatable)
      --stdin                read the text from standard input (also: a file named -)
      --stdin-filename <f>   name for the standard input text (.md or .txt parsing)
      --color / --no-color   force colour on or off (default: only on a TTY; honours NO_COLOR)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage, config or I/O error.
`;
