import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs the real binary, as a user would after `npm ci`. The terminal's language is pinned (to the
 * default, Chinese) unless `env` sets LANG, so a developer's own locale cannot change a test.
 */
export function runCli(
  args: string[],
  cwd: string = ROOT,
  env: Readonly<Record<string, string>> = {},
): CliRun {
  const start = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "report-assembler.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      FORCE_COLOR: "0",
      REPORT_ASSEMBLER_DEBUG: "",
      LC_ALL: "",
      LC_MESSAGES: "",
      LANG: "",
      ...env,
    },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - start };
}
