import { UserError, type FailureCode } from "../../src/core/errors/userError";
import type { Issue, IssueArg, IssueCode, ListItem } from "../../src/core/issues/issue.types";
import { FAILURE_TEXT } from "../../src/core/messages/failureText";
import { ISSUE_TEXT } from "../../src/core/messages/issueText";
import type { Locale } from "../../src/core/messages/locale";
import { pickLocale } from "../../src/core/messages/locale";
import { failureMessage, issueMessage } from "../../src/core/messages/render";
import { SYNTAX_REASONS } from "../../src/core/messages/syntaxReasonText";
import { PackError } from "../../src/core/packs/packProblem";

/** Arguments as the engine gives them: names from a Chinese workbook, numbers, and ids. */
const NUMBERS = new Set([
  "byY",
  "byM",
  "byD",
  "typed",
  "computed",
  "rows",
  "first",
  "min",
  "max",
  "count",
  "year",
  "y",
  "m",
  "d",
  "cy",
  "cm",
  "cd",
  "addressed",
  "leftValue",
  "rightValue",
  "diff",
  "totalZero",
  "cells",
  "value",
  "seconds",
  "megabytes",
  "newRow",
]);
/** Values that are never Chinese: cell addresses, options, extensions, ids, machine details. */
/** Lists travel as data; each as a message would get it. */
const LISTS: Record<string, ListItem[]> = {
  years: [{ kind: "name", name: "2021" }],
  named: [{ kind: "name", name: "甲县人民法院" }],
  uses: [
    { kind: "cell", sheet: "审判执行", cell: "F11" },
    { kind: "template", file: "word/document.xml", tag: "新收案件" },
  ],
  operands: [{ kind: "cell", sheet: "审判执行", cell: "C4", name: "结案数" }],
  left: [
    { kind: "cell", sheet: "表三依申请", cell: "D6", name: "新收申请·自然人" },
    { kind: "cell", sheet: "表三依申请", cell: "D7", name: "上年结转·自然人" },
  ],
  right: [{ kind: "cell", sheet: "表三依申请", cell: "D29", name: "办理结果总计·自然人" }],
};

const PLAIN: Record<string, string> = {
  cell: "C7",
  option: "-o",
  extension: ".docx",
  format: ".xls",
  known: "check, generate",
  command: "check",
  problems: "x",
  op: "==",
  axis: "row",
};
function argsFor(extra: Record<string, string | number> = {}): Record<string, IssueArg> {
  return new Proxy({ ...PLAIN, ...LISTS, ...extra } as Record<string, IssueArg>, {
    get(target, key: string) {
      if (key in target) return target[key];
      return NUMBERS.has(key) ? 7 : "审判执行";
    },
    has: () => true,
  });
}

/** English with the names it quotes (“…”, "…", {…}) taken out: it must hold no Chinese. */
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"|\{[^}]*\}/g, "");
const HAN = /[\u4e00-\u9fff]/;

const issue = (code: IssueCode, args: Record<string, IssueArg>): Issue => ({
  code,
  severity: "error",
  location: { kind: "workbook" },
  args,
});

describe("the message catalogue", () => {
  const variants: Array<Record<string, string | number>> = [
    {
      newRow: 0,
      kind: "year",
      file: "word/document.xml",
      problem: "needs_number",
      reason: "empty",
    },
    {
      newRow: 1,
      kind: "date",
      file: "word/footer1.xml",
      problem: "level_range",
      reason: "unclosed_loop",
    },
  ];

  it.each(Object.keys(ISSUE_TEXT) as IssueCode[])("%s reads in both languages", (code) => {
    for (const v of variants) {
      const zh = issueMessage(issue(code, argsFor(v)), "zh-CN");
      const en = issueMessage(issue(code, argsFor(v)), "en-US");
      expect(zh).toMatch(/[。：]/);
      expect(zh).not.toMatch(/undefined|\[object/);
      expect(en).not.toMatch(/undefined|\[object/);
      expect(unquoted(en)).not.toMatch(HAN);
    }
  });

  it.each(Object.keys(SYNTAX_REASONS))("syntax reason %s reads in both languages", (reason) => {
    const a = argsFor({ reason, tag: "新收案件" });
    expect(issueMessage(issue("TEMPLATE_SYNTAX", a), "zh-CN")).not.toContain(reason);
    expect(unquoted(issueMessage(issue("PLACEHOLDER_SYNTAX", a), "en-US"))).not.toMatch(HAN);
  });

  it.each(Object.keys(FAILURE_TEXT) as FailureCode[])("%s reads in both languages", (code) => {
    for (const role of ["workbook", "template", "pack", "report"]) {
      const e = new UserError(
        code,
        argsFor({ role, path: "单位/工作簿.xlsx", found: "document" }) as Record<string, string>,
      );
      const zh = failureMessage(e, "zh-CN");
      expect(zh).toMatch(/。$/);
      expect(zh).not.toMatch(/undefined|\[object/);
      expect(unquoted(failureMessage(e, "en-US"))).not.toMatch(HAN);
    }
  });

  it("lists every fault of a pack by its JSON path, in either language", () => {
    const e = new PackError("pack.json", [
      { path: "metrics[3].name", code: "pattern", args: {} },
      { path: "info", code: "missing_role", args: { role: "year" } },
      {
        path: "metrics[4].name",
        code: "duplicate_name",
        args: { name: "法治副校(园)长", other: "metrics[3].name" },
      },
    ]);
    expect(failureMessage(e)).toMatch(
      /有 3 处错误：metrics\[3\]\.name 写法不对.*info 要有一行的 "role" 为 "year".*metrics\[4\]\.name "法治副校\(园\)长" 与 metrics\[3\]\.name 重名/,
    );
    expect(unquoted(failureMessage(e, "en-US"))).not.toMatch(HAN);
  });

  it("picks the language from Office's, the browser's or the terminal's tag", () => {
    const cases: Array<[string | undefined, Locale]> = [
      ["en-US", "en-US"],
      ["en_GB.UTF-8", "en-US"],
      ["en", "en-US"],
      ["zh-CN", "zh-CN"],
      ["zh_CN.UTF-8", "zh-CN"],
      ["C", "zh-CN"],
      ["", "zh-CN"],
      [undefined, "zh-CN"],
      ["eng", "zh-CN"],
    ];
    for (const [tag, want] of cases) expect(pickLocale(tag)).toBe(want);
  });
});

describe("the way on, in the clerk's own place", () => {
  const notStandard: Issue = {
    code: "WORKBOOK_NOT_STANDARD",
    severity: "error",
    location: { kind: "workbook" },
    args: { pack: "法院法治政府建设年度报告", infoSheet: "报告信息" },
  };
  it("names Excel's button in Excel, the page's in the page, the command on the command line", () => {
    expect(issueMessage(notStandard, "zh-CN", "excel")).toContain("请先点“补齐标准工作表”");
    expect(issueMessage(notStandard, "zh-CN", "pane")).toContain("请先点“下载空白工作簿”");
    expect(issueMessage(notStandard, "zh-CN")).toContain("scaffold");
    for (const surface of ["excel", "pane"] as const)
      for (const locale of ["zh-CN", "en-US"] as const)
        expect(issueMessage(notStandard, locale, surface)).not.toMatch(/scaffold|命令|command/);
  });

  it("no message asks the clerk to type a placeholder", () => {
    for (const code of ["METRIC_UNUSED", "METRIC_PRIOR_UNUSED", "FIGURE_TYPED_MISMATCH"] as const)
      for (const locale of ["zh-CN", "en-US"] as const)
        expect(issueMessage(issue(code, argsFor()), locale)).not.toMatch(/\{[^}]*\}/);
  });
});
