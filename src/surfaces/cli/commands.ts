import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { listBuiltinPacks, loadPack } from "../../adapters/node-files/packStore";
import { writeFileAtomic } from "../../adapters/node-files/writeFileAtomic";
import { workbookBytes, writeScaffoldWorkbook } from "../../adapters/xlsx-file/writeScaffoldXlsx";
import { issueMessage, issueWhere } from "../../core/issues/formatIssue";
import { leafCategories } from "../../core/packs/leafCategories";
import { checkWorkbook, generateReport } from "../../core/pipeline/assembleReport";
import { scaffoldLayout } from "../../core/scaffold/scaffoldLayout";
import type { ParsedArgs } from "./args";
import { CliError, EXIT } from "./exitCodes";
import { readWorkbook, resolvePackAndTemplate } from "./loadInputs";
import { checkJson, checkText } from "./printCheck";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0] as string;
  const { loaded, template, shipped } = resolvePackAndTemplate(args.pack, args.template);
  const grid = await readWorkbook(file);
  const { result } = checkWorkbook(grid, loaded.pack, shipped ? undefined : template);
  io.out(args.json ? JSON.stringify(checkJson(result)) : checkText(result, file));
  return result.complete ? EXIT.ok : EXIT.issues;
}

function defaultReportPath(workbook: string): string {
  return join(dirname(workbook), `${basename(workbook, extname(workbook))}-报告.docx`);
}

export async function runGenerate(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0] as string;
  const out = args.out ?? defaultReportPath(file);
  if (extname(out).toLowerCase() !== ".docx") throw new CliError(`输出文件应以 .docx 结尾：${out}`);
  if (!existsSync(dirname(out) || ".")) throw new CliError(`输出文件夹不存在：${dirname(out)}`);
  const { loaded, template } = resolvePackAndTemplate(args.pack, args.template);
  const grid = await readWorkbook(file);
  const g = generateReport(grid, loaded.pack, template, { allowIncomplete: args.allowIncomplete });
  if (!g.ok) {
    if (g.reason === "template") {
      for (const i of g.check.issues.filter((x) => x.code.startsWith("TEMPLATE_")))
        io.err(`error: ${issueMessage(i)}`);
      return EXIT.issues;
    }
    io.out(checkText(g.check, file));
    io.err(
      `error: 工作簿尚不完整（${g.check.summary.errors} 个错误），未生成报告；如需生成标有【待补充】的草稿，请加 --allow-incomplete`,
    );
    return EXIT.issues;
  }
  writeFileAtomic(out, g.bytes);
  const gaps = g.markers ? `，其中 ${g.markers} 处标有【待补充】，请补齐后重新生成` : "";
  io.out(`已生成 ${out}${gaps}`);
  for (const i of g.check.issues.filter((x) => x.severity === "warning")) {
    io.out(`警告  ${issueWhere(i)}  ${issueMessage(i)}`);
  }
  return EXIT.ok;
}

export async function runScaffold(args: ParsedArgs, io: Io): Promise<number> {
  const { pack } = loadPack(args.pack);
  const out = args.out ?? `${pack.id}-指标工作簿.xlsx`;
  if (extname(out).toLowerCase() !== ".xlsx") throw new CliError(`输出文件应以 .xlsx 结尾：${out}`);
  // A workbook may already hold a department's figures: never replace one without being told to.
  if (existsSync(out) && !args.force)
    throw new CliError(`${out} 已存在，未覆盖；如确需覆盖请加 --force`);
  if (!existsSync(dirname(out) || ".")) throw new CliError(`输出文件夹不存在：${dirname(out)}`);
  writeFileAtomic(out, await workbookBytes(writeScaffoldWorkbook(scaffoldLayout(pack))));
  io.out(
    `已创建 ${out}（${pack.title}：${leafCategories(pack).length} 个工作表，${pack.metrics.length} 项指标）`,
  );
  return EXIT.ok;
}

export async function runPacks(args: ParsedArgs, io: Io): Promise<number> {
  const packs = listBuiltinPacks();
  if (args.json) {
    io.out(
      JSON.stringify(
        packs.map(({ pack }) => ({
          id: pack.id,
          title: pack.title,
          categories: leafCategories(pack).length,
          metrics: pack.metrics.length,
        })),
      ),
    );
    return EXIT.ok;
  }
  for (const { pack } of packs) {
    io.out(
      `${pack.id.padEnd(14)} ${pack.title}（${leafCategories(pack).length} 个部分，${pack.metrics.length} 项指标）`,
    );
  }
  return EXIT.ok;
}
