import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lyingDocxBomb } from "../helpers/badFiles";
import { COURT_SAMPLE, ROOT, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";
import { courtTemplateBytes } from "../helpers/workbooks";

/**
 * A template or an existing report whose picture (or any part) lies about its size — declares
 * 100 bytes, or 0, and inflates to 700 MiB — is refused as damaged, exit 2, before anything
 * inflates it: the command's whole process stays within 150 MB.
 */
const dir = tempDir();
const PEAK = join(ROOT, "tests", "helpers", "peakRss.js");

/** The CLI run with its peak memory measured, in MB. */
function measured(args: string[]): { code: number | null; stderr: string; peakMB: number } {
  const file = join(dir, `peak-${Date.now()}-${Math.random()}`);
  const r = runCli(args, ROOT, { NODE_OPTIONS: `--require ${PEAK}`, PEAK_RSS_FILE: file });
  return { code: r.code, stderr: r.stderr, peakMB: Number(readFileSync(file, "utf8")) / 1024 };
}

describe("template and report bombs", () => {
  const bombs: Array<[string, string, number]> = [
    ["a picture that declares 100 bytes", "word/media/image1.png", 100],
    ["a picture that declares 0 bytes", "word/media/image1.png", 0],
    ["an XML part that declares 100 bytes", "word/header9.xml", 100],
  ];

  it.each(bombs)(
    "a template with %s and inflates to 700 MiB: exit 2, within 150 MB",
    async (_what, part, declared) => {
      const file = join(dir, `模板-${declared}-${part.replace(/\W/g, "")}.docx`);
      writeFileSync(file, await lyingDocxBomb(courtTemplateBytes(), part, declared, 700));
      const r = measured(["check", COURT_SAMPLE, "--template", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: 模板「.*」已损坏，无法读取/);
      expect(r.peakMB).toBeLessThan(150);
    },
  );

  it("an existing report that is such a bomb is kept, not inflated: exit 2 naming --force", async () => {
    const out = join(dir, "报告.docx");
    writeFileSync(
      out,
      await lyingDocxBomb(courtTemplateBytes(), "word/media/image1.png", 100, 700),
    );
    const before = readFileSync(out);
    const r = measured(["generate", COURT_SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(r.peakMB).toBeLessThan(150);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(existsSync(join(dir, "报告.docx.tmp"))).toBe(false);
  });
});
