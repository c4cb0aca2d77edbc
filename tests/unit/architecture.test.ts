import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { ROOT } from "../helpers/paths";

/**
 * Data flows one way: workbook → cells → dataset → check → report. Each stage of the core may use
 * the foundations and the stages before it, never one after it; the foundations use no stage.
 */
const STAGES = ["read", "scope", "check", "report", "scaffold", "engine"];
const FOUNDATIONS = [
  "grid",
  "values",
  "errors",
  "issues",
  "packs",
  "phrasing",
  "template",
  "zip",
  "xml",
  "docx",
  "messages",
];

const CORE = join(ROOT, "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? files(p)
      : /\.ts$/.test(f) && !/\.test\.ts$/.test(f)
        ? [p]
        : [];
  });
}

const folderOf = (file: string) => relative(CORE, file).split("/")[0] as string;

function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(/^import[^"']*["']([^"']+)["']/gm)]
    .map((m) => m[1] as string)
    .filter((s) => s.startsWith("."))
    .map((s) => resolve(dirname(file), s));
}

describe("the core's import graph", () => {
  const all = files(CORE);
  it("has every folder in a known place", () => {
    for (const f of all) expect([...STAGES, ...FOUNDATIONS]).toContain(folderOf(f));
  });

  it.each(all.map((f) => [relative(ROOT, f), f]))(
    "%s imports only what comes before it",
    (_name, file) => {
      const from = folderOf(file);
      for (const target of imports(file)) {
        const rel = relative(CORE, target);
        expect(rel.startsWith("..")).toBe(false); // the core never reaches adapters or surfaces
        const to = rel.split("/")[0] as string;
        if (to === from) continue;
        if (FOUNDATIONS.includes(from)) {
          // foundations may use each other, never a stage
          expect([from, to, STAGES.includes(to)]).toEqual([from, to, false]);
        } else {
          const ok = FOUNDATIONS.includes(to) || STAGES.indexOf(to) < STAGES.indexOf(from);
          expect([from, to, ok]).toEqual([from, to, true]);
        }
      }
    },
  );
});
