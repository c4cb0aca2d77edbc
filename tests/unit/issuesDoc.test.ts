import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserError, type FailureArgs, type FailureCode } from "../../src/core/errors/userError";
import type { Issue } from "../../src/core/issues/issue.types";
import { FAILURE_GUIDE, ISSUE_GUIDE, type CodeGuide } from "../../src/core/messages/codeGuide";
import {
  failureMessage,
  issueMessage,
  issueWhere,
  severityWord,
} from "../../src/core/messages/render";
import { PackError } from "../../src/core/packs/packProblem";
import { ISSUE_CASES, issueOf, loadIssueCases } from "../helpers/issueCases";

/**
 * docs/issues.md, the page each code of `check --json` links to, is made from the catalogue: the
 * guide's meaning and fix, and the message each code really produces — an issue from the case
 * the catalogue test makes happen on the court sample, a failure from the arguments below. Run
 * `npm run docs:issues` after changing a message; this test fails while the page is stale.
 */
const DOC = join(__dirname, "..", "..", "docs", "issues.md");

const W = { role: "workbook", path: "2024年度报告.xlsx" };
const T = { role: "template", path: "模板.docx" };
/** A failure of each code as the CLI or the pane meets it. */
const FAILURE_EXAMPLES: Readonly<Record<FailureCode, FailureArgs>> = {
  FILE_NOT_FOUND: W,
  FILE_IS_FOLDER: { role: "workbook", path: "报告材料" },
  FILE_NO_PERMISSION: W,
  FILE_EMPTY: W,
  FILE_TOO_LARGE: W,
  FILE_ENCRYPTED: W,
  FILE_LEGACY_FORMAT: { role: "workbook", path: "2024年度报告.et", format: ".et / .wps" },
  FILE_NOT_ZIP: W,
  FILE_TRUNCATED: W,
  FILE_WRONG_KIND: { role: "workbook", path: "2024年度报告.docx", found: "document" },
  FILE_MISSING_PART: T,
  FILE_BOMB: T,
  FILE_DTD: W,
  FILE_CORRUPT: W,
  FILE_TOO_MANY_CELLS: W,
  FILE_NO_SHEETS: W,
  OUTPUT_EXISTS: { role: "report", path: "2024年度报告.docx" },
  OUTPUT_EDITED: {
    role: "report",
    path: "2024年度报告.docx",
    suggestion: "2024年度报告-2.docx",
  },
  OUTPUT_IS_FOLDER: { role: "report", path: "报告材料", suggestion: "报告材料/报告.docx" },
  OUTPUT_FOLDER_MISSING: { role: "report", folder: "报告材料" },
  OUTPUT_NOT_WRITABLE: { role: "report", path: "2024年度报告.docx" },
  OUTPUT_DISK_FULL: { role: "report", path: "2024年度报告.docx" },
  OUTPUT_EXTENSION: {
    role: "report",
    path: "2024年度报告.doc",
    extension: ".docx",
    suggestion: "2024年度报告.docx",
  },
  PACK_NOT_FOUND: { name: "court", known: "court-annual, gov-annual" },
  PACK_NOT_JSON: { path: "我的报告/pack.json", detail: "第 12 行多了一个逗号" },
  PACK_INVALID: { path: "我的报告/pack.json" },
  PACK_TEMPLATE_MISSING: { pack: "我的报告", path: "我的报告/template.docx" },
  USAGE_UNKNOWN_COMMAND: { command: "chek", known: "check, generate, scaffold, next-year" },
  USAGE_UNKNOWN_OPTION: { command: "check", option: "-o", known: "--pack, --template, --json" },
  USAGE_NEEDS_VALUE: { option: "--pack" },
  USAGE_NEEDS_FILE: { command: "check" },
  USAGE_NO_FILE: { command: "scaffold", extra: "2024年度报告.xlsx" },
  TIME_LIMIT: { seconds: 120 },
  PDF_NO_LIBREOFFICE: {},
  PDF_FAILED: { detail: "soffice exited with 1" },
  NEXT_YEAR_NO_YEAR: { sheet: "报告信息" },
  NEXT_YEAR_SAME_FILE: { path: "2024年度报告.xlsx", suggestion: "2025年度报告.xlsx" },
  NEXT_YEAR_CANNOT_EDIT: { sheet: "审判执行", cell: "E3", construct: "array", range: "E3:E9" },
  WORD_REPORT_TOO_LARGE: { megabytes: 5.2 },
  OFFICE_BUSY: {},
  OFFICE_FAILED: { detail: "GeneralException" },
  SHEET_PASSWORD_PROTECTED: { sheets: ["审判执行"] },
};

const failure = (code: FailureCode): UserError =>
  code === "PACK_INVALID"
    ? new PackError("我的报告/pack.json", [
        { path: "metrics[3].name", code: "pattern", args: {} },
        { path: "info", code: "missing_role", args: { role: "year" } },
      ])
    : new UserError(code, FAILURE_EXAMPLES[code]);

function entry(code: string, guide: CodeGuide, example: [zh: string, en: string], kind: string) {
  return [
    `<a id="${code}"></a>`,
    "",
    `### ${code}`,
    "",
    `${kind}`,
    "",
    `- **含义**：${guide.means[0]}  `,
    `  *Meaning:* ${guide.means[1]}`,
    `- **示例**：${example[0]}  `,
    `  *Example:* ${example[1]}`,
    `- **怎么改**：${guide.fix[0]}  `,
    `  *Fix:* ${guide.fix[1]}`,
    "",
  ].join("\n");
}

const at = (where: string, message: string) => (where ? `${where}：${message}` : message);
const atEn = (where: string, message: string) => (where ? `${where}: ${message}` : message);

function issuesDocument(): string {
  const issues = ISSUE_CASES.map((c) => {
    const issue = issueOf(c) as Issue;
    return entry(
      c.code,
      ISSUE_GUIDE[c.code],
      [
        at(issueWhere(issue), issueMessage(issue)),
        atEn(issueWhere(issue, "en-US"), issueMessage(issue, "en-US")),
      ],
      `检查结果，${severityWord(issue.severity)} · check issue, ${severityWord(issue.severity, "en-US")}`,
    );
  });
  const failures = (Object.keys(FAILURE_GUIDE) as FailureCode[]).map((code) =>
    entry(
      code,
      FAILURE_GUIDE[code],
      [failureMessage(failure(code)), failureMessage(failure(code), "en-US")],
      "操作未完成 · failure",
    ),
  );
  return [
    "# 检查结果与错误代码 · Issue and failure codes",
    "",
    "<!-- Generated by `npm run docs:issues` from src/core/messages (codeGuide.ts and the message",
    "     catalogue); tests/unit/issuesDoc.test.ts fails when this page is stale. Do not edit by hand. -->",
    "",
    "每条检查结果和每个错误都带一个代码（`check --json` 的 `code`），本页按代码说明它的含义、",
    "报告助手实际给出的消息，以及怎么改。示例消息来自内置的「法院法治政府建设年度报告」示例工作簿。",
    "",
    "Every check issue and every failure carries a code (`code` in `check --json`); this page gives",
    "its meaning, the message the product really prints, and the fix. Anchors are the codes.",
    "",
    "## 检查结果 · Check issues",
    "",
    ...issues,
    "## 操作未完成 · Failures",
    "",
    ...failures,
  ].join("\n");
}

beforeAll(loadIssueCases);

describe("docs/issues.md", () => {
  it("has an entry for every issue and failure code, as the catalogue words it today", () => {
    const made = issuesDocument();
    if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, made);
    const kept = readFileSync(DOC, "utf8");
    for (const code of [...Object.keys(ISSUE_GUIDE), ...Object.keys(FAILURE_GUIDE)])
      expect(kept).toContain(`<a id="${code}"></a>`);
    // stale: run `npm run docs:issues`
    expect(kept).toBe(made);
  });

  it("the examples read without holes", () => {
    expect(issuesDocument()).not.toMatch(/undefined|\[object|NaN/);
  });
});
