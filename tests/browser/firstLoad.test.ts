import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../helpers/paths";

const DIST = join(ROOT, "dist");

/** The scripts taskpane.html loads before the user does anything. */
function firstLoadScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
}

describe("the pane's first load stays light", () => {
  it("loads under 400 KB of gzipped script, with no ExcelJS or docxtemplater in it", () => {
    const scripts = firstLoadScripts();
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const src of scripts) {
      const code = readFileSync(join(DIST, src));
      total += gzipSync(code).length;
      const text = code.toString("utf8");
      expect(text).not.toMatch(/docxtemplater|DocUtils|exceljs/i);
    }
    expect(total).toBeLessThan(400 * 1024);
  });

  it("uses relative paths only, so any static server can serve dist/", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const local = [...html.matchAll(/\b(?:src|href)=["']?([^"' >]+)/g)]
      .map((m) => m[1] as string)
      .filter((u) => !/^https:\/\/appsforoffice\.microsoft\.com\//.test(u));
    for (const u of local) expect(u).not.toMatch(/^(\/|https?:)/);
  });
});
