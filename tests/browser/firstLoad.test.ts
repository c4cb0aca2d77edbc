import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { sharedPane } from "../helpers/browser";
import { ROOT } from "../helpers/paths";

const DIST = join(ROOT, "dist");
/** Microsoft's guidance for add-ins: load in 500 ms or less */
const FCP_BUDGET_MS = 500;
/** gzipped script before the first paint */
const SCRIPT_BUDGET = 120 * 1024;

/** The scripts taskpane.html references. */
function referencedScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
}

const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;

const session = sharedPane();

describe("the pane's first load stays light", () => {
  it("paints its shell within 500 ms on 120 KB of gzipped script at most; the pane comes after", async () => {
    const { context, page } = await session().open();
    const measure = async () => {
      await page.getByRole("heading", { name: "报告助手" }).waitFor();
      return page.evaluate(() => {
        const fcp =
          performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")
            ?.startTime ?? Infinity;
        const before = performance
          .getEntriesByType("resource")
          .filter((r) => r.name.endsWith(".js") && r.startTime < fcp)
          .map((r) => new URL(r.name).pathname.split("/").pop() ?? "");
        return { fcp, before };
      });
    };
    await page.goto(`${session().base}taskpane.html`);
    const cold = await measure();
    const warm: number[] = [];
    const fetched = new Set([...referencedScripts(), ...cold.before]);
    for (let i = 0; i < 3; i++) {
      await page.reload();
      const m = await measure();
      warm.push(m.fcp);
      for (const s of m.before) fetched.add(s);
    }
    const median = [...warm].sort((a, b) => a - b)[1] ?? Infinity;
    const bytes = [...fetched].reduce((n, s) => n + gzipped(s), 0);
    console.log(
      `first contentful paint: ${Math.round(cold.fcp)} ms cold, ${warm.map(Math.round).join(" / ")} ms warm (median ${Math.round(median)}); ` +
        `script before it: ${[...fetched].join(", ")} = ${(bytes / 1024).toFixed(1)} KB gzipped`,
    );
    expect(median).toBeLessThanOrEqual(FCP_BUDGET_MS);
    expect(bytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
    // the heavy code is none of it: no React, Fluent, ExcelJS or docxtemplater before the paint
    for (const s of fetched)
      expect([s, readFileSync(join(DIST, s), "utf8")]).not.toEqual([
        s,
        expect.stringMatching(/docxtemplater|DocUtils|exceljs|react-dom|fluentui/i),
      ]);
    await context.close();
  });

  it("uses relative paths only, so any static server can serve dist/", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const local = [...html.matchAll(/\b(?:src|href)=["']?([^"' >]+)/g)]
      .map((m) => m[1] as string)
      .filter((u) => !/^https:\/\/appsforoffice\.microsoft\.com\//.test(u));
    for (const u of local) expect(u).not.toMatch(/^(\/|https?:)/);
  });
});
