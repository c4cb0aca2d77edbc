import { readFileSync } from "node:fs";
import { join } from "node:path";
import { productRoot } from "../../adapters/node-files/packStore";
import { isUserError, UserError } from "../../core/engine/essentials";
import type { Locale } from "../../core/messages/locale";
import { failureMessage, internalErrorMessage } from "../../core/messages/render";
import { parseArgs, usage } from "./args";
import { runCheck, runGenerate, runNextYear, runPacks, runScaffold, type Io } from "./commands";
import { EXIT } from "./exitCodes";
import { localeFromEnv } from "./locale";

let pipesWatched = false;

/**
 * A reader that stops early (check … | head) closes the pipe: what is left to print has nowhere
 * to go, which is no failure of the command — it finishes, with its own exit code, in silence.
 */
function watchPipes(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
}

const stdio = (locale: Locale): Io => {
  watchPipes();
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    locale,
  };
};

function version(): string {
  try {
    return (
      // cast: our own package.json
      (JSON.parse(readFileSync(join(productRoot(), "package.json"), "utf8")) as { version: string })
        .version
    );
  } catch {
    return "?";
  }
}

/** Seconds a command may take before it gives up (REPORT_ASSEMBLER_TIME_LIMIT overrides). */
const DEFAULT_TIME_LIMIT_S = 300;

/**
 * A workbook that takes longer than any real one to read ends the process with one clear line.
 * Output files are written whole by a rename, so stopping can never leave half of one behind.
 */
function startWatchdog(io: Io): () => void {
  const seconds = Number(process.env.REPORT_ASSEMBLER_TIME_LIMIT ?? DEFAULT_TIME_LIMIT_S);
  if (!(seconds > 0)) return () => undefined;
  const timer = setTimeout(() => {
    io.err(`error: ${failureMessage(new UserError("TIME_LIMIT", { seconds }), io.locale)}`);
    process.exit(EXIT.input);
  }, seconds * 1000);
  timer.unref();
  return () => clearTimeout(timer);
}

/**
 * Runs one command. A failure the user can act on is one `error: …` line (exit 2); anything else
 * is our bug: said as such, with what to send (exit 3); the stack only with REPORT_ASSEMBLER_DEBUG=1.
 */
export async function main(
  argv: readonly string[],
  io: Io = stdio(localeFromEnv(process.env)),
): Promise<number> {
  const stopWatchdog = startWatchdog(io);
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.out(usage(io.locale));
        return EXIT.ok;
      case "version":
        io.out(version());
        return EXIT.ok;
      case "check":
        return await runCheck(args, io);
      case "generate":
        return await runGenerate(args, io);
      case "scaffold":
        return await runScaffold(args, io);
      case "next-year":
        return await runNextYear(args, io);
      case "packs":
        return await runPacks(args, io);
    }
  } catch (e) {
    if (isUserError(e)) {
      io.err(`error: ${failureMessage(e, io.locale)}`);
      return EXIT.input;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.err(`error: ${internalErrorMessage(detail, version(), io.locale)}`);
    if (process.env.REPORT_ASSEMBLER_DEBUG === "1" && e instanceof Error) io.err(e.stack ?? "");
    return EXIT.internal;
  } finally {
    stopWatchdog();
  }
}
