import { CliError } from "./exitCodes";

export type Command = "check" | "generate" | "scaffold" | "packs" | "help" | "version";

export interface ParsedArgs {
  readonly command: Command;
  readonly positional: readonly string[];
  readonly out?: string;
  readonly pack?: string;
  readonly template?: string;
  readonly json: boolean;
  readonly allowIncomplete: boolean;
  readonly force: boolean;
}

/** Options each command takes; anything else is a usage error that names the allowed ones. */
const OPTIONS: Readonly<Record<Command, readonly string[]>> = {
  check: ["--pack", "--template", "--json"],
  generate: ["-o", "--output", "--pack", "--template", "--allow-incomplete"],
  scaffold: ["-o", "--output", "--pack", "--force"],
  packs: ["--json"],
  help: [],
  version: [],
};
const TAKES_VALUE = new Set(["-o", "--output", "--pack", "--template"]);
const POSITIONAL: Readonly<Record<Command, number>> = {
  check: 1,
  generate: 1,
  scaffold: 0,
  packs: 0,
  help: 0,
  version: 0,
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") {
    return { command: "help", positional: [], json: false, allowIncomplete: false, force: false };
  }
  if (first === "--version" || first === "-v" || first === "version") {
    return {
      command: "version",
      positional: [],
      json: false,
      allowIncomplete: false,
      force: false,
    };
  }
  if (!(first in OPTIONS))
    throw new CliError(`unknown command "${first}" (commands: check, generate, scaffold, packs)`);
  const command = first as Command;
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const raw = rest[i] as string;
    if (raw === "--help" || raw === "-h")
      return { command: "help", positional: [], json: false, allowIncomplete: false, force: false };
    const [name, inline] =
      raw.startsWith("--") && raw.includes("=")
        ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)]
        : [raw, undefined];
    if (name.startsWith("-") && name !== "-") {
      if (!OPTIONS[command].includes(name)) {
        throw new CliError(
          `${command} does not take ${name} (options: ${OPTIONS[command].join(", ") || "none"})`,
        );
      }
      if (TAKES_VALUE.has(name)) {
        const v = inline ?? rest[++i];
        if (v === undefined || v === "") throw new CliError(`${name} needs a value`);
        values[name === "--output" ? "-o" : name] = v;
      } else flags.add(name);
    } else positional.push(raw);
  }
  if (positional.length !== POSITIONAL[command]) {
    throw new CliError(
      POSITIONAL[command] === 1
        ? `${command} needs one workbook file, e.g. report-assembler ${command} 工作簿.xlsx`
        : `${command} takes no file argument`,
    );
  }
  return {
    command,
    positional,
    ...(values["-o"] !== undefined ? { out: values["-o"] } : {}),
    ...(values["--pack"] !== undefined ? { pack: values["--pack"] } : {}),
    ...(values["--template"] !== undefined ? { template: values["--template"] } : {}),
    json: flags.has("--json"),
    allowIncomplete: flags.has("--allow-incomplete"),
    force: flags.has("--force"),
  };
}

export const USAGE = `报告助手 report-assembler — 检查指标工作簿并生成年度报告 (.docx)

用法 Usage:
  report-assembler check <workbook.xlsx> [--pack ID|DIR] [--template file.docx] [--json]
  report-assembler generate <workbook.xlsx> [-o out.docx] [--pack ID|DIR] [--template file.docx] [--allow-incomplete]
  report-assembler scaffold [-o workbook.xlsx] [--pack ID|DIR] [--force]
  report-assembler packs [--json]

退出码 Exit codes: 0 完整 complete · 1 有错误 errors found / refused · 2 无法读取或用法错误 unreadable input or usage`;
