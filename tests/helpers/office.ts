import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { ROOT, tempDir } from "./paths";

/** Maps the official font names to free Debian fonts, for the soffice process only. */
const FONTS_CONF = resolve(ROOT, "assets", "fonts.conf");
const profile = tempDir("ra-lo-profile-");

/**
 * LibreOffice headless conversion of one file or several in one run; returns the path of the
 * (first) converted file.
 */
export function sofficeConvert(
  input: string | readonly string[],
  filter: string,
  outDir: string = tempDir(),
): string {
  const inputs = typeof input === "string" ? [input] : input;
  const env = {
    ...process.env,
    ...(existsSync(FONTS_CONF) ? { FONTCONFIG_FILE: FONTS_CONF } : {}),
  };
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...inputs,
    ],
    { env, stdio: "pipe", timeout: 180_000 * inputs.length },
  );
  const ext = filter.split(":")[0] as string;
  const first = inputs[0] as string;
  const out = join(outDir, `${basename(first, extname(first))}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", timeout: 120_000 });
}

/** Debian's python3 (with python3-docx), not whatever python3 comes first on PATH. */
export const SYSTEM_PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
