import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_ROOT } from "../../adapters/node-files/packStore";
import { PackError } from "../../core/packs/parsePack";
import { TemplateReadError, WorkbookReadError } from "../../core/zip/workbookReadError";
import { parseArgs, USAGE } from "./args";
import { runCheck, runGenerate, runPacks, runScaffold, type Io } from "./commands";
import { CliError, EXIT } from "./exitCodes";

const stdio: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/** One `error: …` line for anything that goes wrong; the stack only with REPORT_ASSEMBLER_DEBUG=1. */
function describe(e: unknown): string {
  if (e instanceof CliError || e instanceof WorkbookReadError || e instanceof TemplateReadError)
    return e.message;
  if (e instanceof PackError) return `报告类型定义有误 ${e.message}`;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM")
    return `没有权限读写文件：${(e as NodeJS.ErrnoException).path ?? ""}`;
  if (code === "ENOSPC") return "磁盘空间不足，未写出文件";
  return `内部错误：${e instanceof Error ? e.message : String(e)}`;
}

/** Seconds a command may take before it gives up (REPORT_ASSEMBLER_TIME_LIMIT overrides). */
export const DEFAULT_TIME_LIMIT_S = 300;

/**
 * A workbook that takes longer than any real one to read ends the process with one clear line.
 * Output files are written whole by a rename, so stopping can never leave half of one behind.
 */
function startWatchdog(io: Io): () => void {
  const seconds = Number(process.env.REPORT_ASSEMBLER_TIME_LIMIT ?? DEFAULT_TIME_LIMIT_S);
  if (!(seconds > 0)) return () => undefined;
  const timer = setTimeout(() => {
    io.err(`error: 处理超过 ${seconds} 秒仍未完成，已停止：请检查工作簿是否过大或损坏。`);
    process.exit(EXIT.input);
  }, seconds * 1000);
  timer.unref();
  return () => clearTimeout(timer);
}

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
  const stopWatchdog = startWatchdog(io);
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.out(USAGE);
        return EXIT.ok;
      case "version":
        io.out(
          (
            JSON.parse(readFileSync(join(PRODUCT_ROOT, "package.json"), "utf8")) as {
              version: string;
            }
          ).version,
        );
        return EXIT.ok;
      case "check":
        return await runCheck(args, io);
      case "generate":
        return await runGenerate(args, io);
      case "scaffold":
        return await runScaffold(args, io);
      case "packs":
        return await runPacks(args, io);
    }
  } catch (e) {
    io.err(`error: ${describe(e)}`);
    if (process.env.REPORT_ASSEMBLER_DEBUG === "1" && e instanceof Error) io.err(e.stack ?? "");
    return e instanceof CliError ? e.exitCode : EXIT.input;
  } finally {
    stopWatchdog();
  }
}
