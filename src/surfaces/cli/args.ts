import { UserError } from "../../core/engine/essentials";
import type { Locale } from "../../core/messages/locale";

export type Command =
  "check" | "generate" | "scaffold" | "next-year" | "packs" | "help" | "version";

export interface ParsedArgs {
  readonly command: Command;
  readonly positional: readonly string[];
  readonly out?: string;
  readonly pack?: string;
  readonly template?: string;
  readonly json: boolean;
  readonly allowIncomplete: boolean;
  readonly force: boolean;
  readonly pdf: boolean;
}

/** Options each command takes; anything else is a usage error that names the allowed ones. */
const OPTIONS: Readonly<Record<Command, readonly string[]>> = {
  check: ["--pack", "--template", "--json"],
  generate: ["-o", "--output", "--pack", "--template", "--allow-incomplete", "--force", "--pdf"],
  scaffold: ["-o", "--output", "--pack", "--force"],
  "next-year": ["-o", "--output", "--pack", "--force"],
  packs: ["--json"],
  help: [],
  version: [],
};
const COMMANDS: readonly Command[] = ["check", "generate", "scaffold", "next-year", "packs"];
const TAKES_VALUE = new Set(["-o", "--output", "--pack", "--template"]);
const TAKES_FILE: Readonly<Record<Command, boolean>> = {
  check: true,
  generate: true,
  scaffold: false,
  "next-year": true,
  packs: false,
  help: false,
  version: false,
};

const bare = (command: Command): ParsedArgs => ({
  command,
  positional: [],
  json: false,
  allowIncomplete: false,
  force: false,
  pdf: false,
});

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h")
    return bare("help");
  if (first === "--version" || first === "-v" || first === "version") return bare("version");
  const command = COMMANDS.find((c) => c === first);
  if (command === undefined)
    throw new UserError("USAGE_UNKNOWN_COMMAND", { command: first, known: COMMANDS.join(", ") });
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const raw = rest[i] ?? "";
    if (raw === "--help" || raw === "-h") return bare("help");
    const [name, inline] =
      raw.startsWith("--") && raw.includes("=")
        ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)]
        : [raw, undefined];
    if (name.startsWith("-") && name !== "-") {
      if (!OPTIONS[command].includes(name)) {
        throw new UserError("USAGE_UNKNOWN_OPTION", {
          command,
          option: name,
          known: OPTIONS[command].join(", "),
        });
      }
      if (TAKES_VALUE.has(name)) {
        const v = inline ?? rest[++i];
        if (v === undefined || v === "") throw new UserError("USAGE_NEEDS_VALUE", { option: name });
        values[name === "--output" ? "-o" : name] = v;
      } else flags.add(name);
    } else positional.push(raw);
  }
  if (TAKES_FILE[command] && positional.length !== 1) {
    if (positional.length === 0) throw new UserError("USAGE_NEEDS_FILE", { command });
    throw new UserError("USAGE_NEEDS_FILE", { command, extra: positional.slice(1).join(" ") });
  }
  if (!TAKES_FILE[command] && positional.length > 0)
    throw new UserError("USAGE_NO_FILE", { command, extra: positional.join(" ") });
  return {
    command,
    positional,
    ...(values["-o"] !== undefined ? { out: values["-o"] } : {}),
    ...(values["--pack"] !== undefined ? { pack: values["--pack"] } : {}),
    ...(values["--template"] !== undefined ? { template: values["--template"] } : {}),
    json: flags.has("--json"),
    allowIncomplete: flags.has("--allow-incomplete"),
    force: flags.has("--force"),
    pdf: flags.has("--pdf"),
  };
}

const USAGE_ZH = `报告助手 report-assembler — 检查指标工作簿，生成年度报告（.docx）

用法：
  report-assembler check <工作簿.xlsx> [--pack 类型|文件夹] [--template 模板.docx] [--json]
  report-assembler generate <工作簿.xlsx> [-o 报告.docx] [--pack …] [--template …] [--allow-incomplete] [--force] [--pdf]
  report-assembler scaffold [-o 工作簿.xlsx] [--pack …] [--force]
  report-assembler next-year <本年度.xlsx> [-o 下一年度.xlsx] [--pack …] [--force]
  report-assembler packs [--json]

退出码：0 完成 · 1 工作簿或模板有错误 · 2 无法读取、用法错误或不能写出 · 3 内部错误
英文界面：LANG=en_US.UTF-8`;

const USAGE_EN = `Report Assembler (report-assembler) — check metric workbooks, generate the annual report (.docx)

Usage:
  report-assembler check <workbook.xlsx> [--pack ID|DIR] [--template file.docx] [--json]
  report-assembler generate <workbook.xlsx> [-o report.docx] [--pack …] [--template …] [--allow-incomplete] [--force] [--pdf]
  report-assembler scaffold [-o workbook.xlsx] [--pack …] [--force]
  report-assembler next-year <this-year.xlsx> [-o next-year.xlsx] [--pack …] [--force]
  report-assembler packs [--json]

Exit codes: 0 done · 1 the workbook or template has errors · 2 unreadable input, usage, or output refused · 3 internal error`;

export const usage = (locale: Locale) => (locale === "zh-CN" ? USAGE_ZH : USAGE_EN);
