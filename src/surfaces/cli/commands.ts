import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  checkOutputPath,
  readUserFile,
  suggestName,
  writeFileWhole,
} from "../../adapters/node-files/files";
import { listBuiltinPacks, loadPack } from "../../adapters/node-files/packStore";
import { convertToPdf, findSoffice } from "../../adapters/node-files/convertPdf";
import {
  isTemplateIssue,
  nextYearFileName,
  reportFileName,
  UserError,
} from "../../core/engine/essentials";
import type { Locale } from "../../core/messages/locale";
import { checkVerdict, issueMessage, issueWhere, severityWord } from "../../core/messages/render";
import type { ParsedArgs } from "./args";
import { EXIT } from "./exitCodes";
import { engine, naming, packChoice, readWorkbook, resolveTemplate } from "./loadInputs";
import { checkJson, checkText } from "./printCheck";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly locale: Locale;
}

export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0] ?? "";
  const { dataset, loaded } = await readWorkbook(file, args.pack);
  const { result } = engine.check(dataset, await resolveTemplate(loaded, args.template));
  io.out(
    args.json ? JSON.stringify(checkJson(result, io.locale)) : checkText(result, file, io.locale),
  );
  return result.complete ? EXIT.ok : EXIT.issues;
}

/** The report beside its workbook: 工作簿.xlsx → 工作簿-报告.docx (a draft: 工作簿-报告（草稿）.docx). */
function defaultReportPath(workbook: string, draft: boolean): string {
  return join(dirname(workbook), reportFileName(basename(workbook), draft));
}

/**
 * A report may be replaced only when it is this product's own output, unchanged since: anything
 * else (edited by hand, re-saved in Word or WPS, or another document) is kept unless --force.
 */
function guardExistingReport(out: string, force: boolean): void {
  if (force || !existsSync(out)) return;
  if (engine.isUnchangedReport(readUserFile(out, "report"))) return;
  throw new UserError("OUTPUT_EDITED", { path: out, suggestion: suggestName(out, ".docx", "(2)") });
}

export async function runGenerate(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0] ?? "";
  if (args.out) {
    checkOutputPath(args.out, "report", ".docx");
    guardExistingReport(args.out, args.force);
  }
  // the PDF is asked for: LibreOffice is looked for first, so a refusal writes nothing at all
  const soffice = args.pdf ? findSoffice() : null;
  if (args.pdf && !soffice) throw new UserError("PDF_NO_LIBREOFFICE");
  const { dataset, loaded } = await readWorkbook(file, args.pack);
  const g = engine.generate(dataset, await resolveTemplate(loaded, args.template), {
    allowIncomplete: args.allowIncomplete,
  });
  const zh = io.locale === "zh-CN";
  if (!g.ok) {
    if (g.reason === "template") {
      for (const i of g.check.issues.filter(isTemplateIssue))
        io.err(`error: ${issueMessage(i, io.locale)}`);
      io.err(
        zh
          ? "error: 模板有误，未生成报告：请按上面的提示改正模板。"
          : "error: the template has errors and no report was written: correct it as said above.",
      );
      return EXIT.issues;
    }
    io.out(checkText(g.check, file, io.locale));
    io.err(
      zh
        ? `error: 工作簿还不完整（${g.check.summary.errors} 个错误），未生成报告：请先改正；如需先出一份标有【待补充】的草稿，加 --allow-incomplete。`
        : `error: the workbook is incomplete (${g.check.summary.errors} error(s)) and no report was written: correct it, or add --allow-incomplete for a draft with “【待补充】” markers.`,
    );
    return EXIT.issues;
  }
  // the name beside the workbook says whether it is a draft: known once the check has run
  const out = args.out ?? defaultReportPath(file, !g.check.complete);
  if (!args.out) {
    checkOutputPath(out, "report", ".docx");
    guardExistingReport(out, args.force);
  }
  writeFileWhole(out, g.bytes, "report");
  const pdf = soffice ? out.replace(/\.docx$/i, "") + ".pdf" : null;
  if (soffice && pdf) convertToPdf(soffice, out, pdf);
  if (g.markers) {
    io.out(
      zh
        ? `已生成草稿 ${out}：其中 ${g.markers} 处标有【待补充】等标记，请补齐工作簿后重新生成。`
        : `Draft written to ${out}: ${g.markers} gap marker(s) such as “【待补充】” remain; complete the workbook and generate again.`,
    );
  } else io.out(zh ? `已生成 ${out}` : `Report written to ${out}`);
  if (pdf) io.out(zh ? `已生成 PDF ${pdf}` : `PDF written to ${pdf}`);
  for (const i of g.check.issues.filter((x) => x.severity !== "error")) {
    const where = issueWhere(i, io.locale);
    io.out(
      `${severityWord(i.severity, io.locale)}  ${where ? `${where}  ` : ""}${issueMessage(i, io.locale)}`,
    );
  }
  if (!g.check.complete) io.out(checkVerdict(g.check.summary, io.locale));
  return EXIT.ok;
}

export async function runScaffold(args: ParsedArgs, io: Io): Promise<number> {
  const { pack } = loadPack(args.pack);
  const out = args.out ?? `${pack.id}-指标工作簿.xlsx`;
  checkOutputPath(out, "workbook", ".xlsx");
  // A workbook may already hold a department's figures: never replace one without being told to.
  if (existsSync(out) && !args.force) throw new UserError("OUTPUT_EXISTS", { path: out });
  writeFileWhole(out, await engine.scaffold(pack), "workbook");
  const { parts, metrics } = engine.describePack(pack);
  io.out(
    io.locale === "zh-CN"
      ? `已创建 ${out}（${pack.title}：${parts} 个工作表，${metrics} 项指标）`
      : `Created ${out} (${pack.title}: ${parts} sheets, ${metrics} metrics)`,
  );
  return EXIT.ok;
}

export async function runPacks(args: ParsedArgs, io: Io): Promise<number> {
  const packs = listBuiltinPacks().map(({ pack }) => engine.describePack(pack));
  if (args.json) {
    io.out(JSON.stringify(packs.map(({ parts, ...p }) => ({ ...p, categories: parts }))));
    return EXIT.ok;
  }
  for (const p of packs)
    io.out(
      io.locale === "zh-CN"
        ? `${p.id.padEnd(14)} ${p.title}（${p.parts} 个部分，${p.metrics} 项指标）`
        : `${p.id.padEnd(14)} ${p.title} (${p.parts} parts, ${p.metrics} metrics)`,
    );
  return EXIT.ok;
}

/** Next year's workbook beside this year's. */
function nextYearPath(workbook: string, year: number): string {
  return join(dirname(workbook), nextYearFileName(basename(workbook), year));
}

export async function runNextYear(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0] ?? "";
  const bytes = readUserFile(file, "workbook");
  // the output's name depends on the year: checked before anything is written, after the plan
  const next = await naming(file, () => engine.nextYear(bytes, packChoice(args.pack).pack));
  const out = args.out ?? nextYearPath(file, next.year);
  checkOutputPath(out, "workbook", ".xlsx");
  if (resolve(out) === resolve(file))
    throw new UserError("NEXT_YEAR_SAME_FILE", {
      path: file,
      suggestion: nextYearPath(file, next.year),
    });
  if (existsSync(out) && !args.force) throw new UserError("OUTPUT_EXISTS", { path: out });
  writeFileWhole(out, next.bytes, "workbook");
  const zh = io.locale === "zh-CN";
  io.out(
    zh
      ? `已创建 ${out}（${next.year}年度）：${next.moved} 项数字移到“上年同期”，数值、统计截止日期和成文日期已清空；${next.sentences} 句表述沿用上年，检查时会逐句提示核对。`
      : `Created ${out} (${next.year}): ${next.moved} figure(s) moved to last year's column; this year's figures, the cut-off date and the signing date are blank; ${next.sentences} statement(s) carried over, each flagged by check until edited.`,
  );
  if (next.from !== "xlsx")
    io.out(
      zh
        ? `原文件是 .${next.from} 格式，新工作簿为 .xlsx，只保留了各表的内容，没有保留原来的格式。`
        : `The original is an .${next.from} file: the new .xlsx keeps every sheet's content but not its formatting.`,
    );
  return EXIT.ok;
}
