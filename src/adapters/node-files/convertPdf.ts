import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { UserError } from "../../core/errors/userError";
import { productRoot } from "./packStore";
import { writeFileWhole } from "./files";

/** LibreOffice's program: REPORT_ASSEMBLER_SOFFICE, else on PATH, else where its installers put it. */
export function findSoffice(): string | null {
  // an installation elsewhere (a portable LibreOffice, a second version) is named by the user
  const named = process.env.REPORT_ASSEMBLER_SOFFICE;
  if (named) return existsSync(named) ? named : null;
  const names =
    process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const n of names) if (dir && existsSync(join(dir, n))) return join(dir, n);
  }
  const known =
    process.platform === "win32"
      ? [
          join(
            process.env.ProgramFiles ?? "C:\\Program Files",
            "LibreOffice",
            "program",
            "soffice.exe",
          ),
          join(
            process.env["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)",
            "LibreOffice",
            "program",
            "soffice.exe",
          ),
        ]
      : process.platform === "darwin"
        ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        : [
            "/usr/bin/soffice",
            "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice",
          ];
  return known.find((p) => existsSync(p)) ?? null;
}

/**
 * A .docx → PDF through LibreOffice, with a profile folder of its own (a LibreOffice the user has
 * open is not disturbed, nor its settings used) and, on Linux, the product's font mapping, so
 * 仿宋_GB2312 and the other official fonts print in the free fonts that stand in for them. The
 * PDF is written whole or not at all.
 */
export function convertToPdf(soffice: string, docxPath: string, pdfPath: string): void {
  const work = mkdtempSync(join(tmpdir(), "report-assembler-pdf-"));
  try {
    const fontsConf = join(productRoot(), "assets", "fonts.conf");
    const env = {
      ...process.env,
      ...(process.platform === "linux" && existsSync(fontsConf)
        ? { FONTCONFIG_FILE: fontsConf }
        : {}),
    };
    const profile = `file://${join(work, "profile")
      .replace(/\\/g, "/")
      .replace(/^([A-Za-z]):/, "/$1:")}`;
    try {
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          docxPath,
        ],
        { env, stdio: "pipe", timeout: 180_000 },
      );
    } catch (e) {
      const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
      throw new UserError("PDF_FAILED", { detail });
    }
    const made = join(work, `${basename(docxPath, extname(docxPath))}.pdf`);
    if (!existsSync(made)) throw new UserError("PDF_FAILED", { detail: "no PDF was written" });
    writeFileWhole(pdfPath, new Uint8Array(readFileSync(made)), "report");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
