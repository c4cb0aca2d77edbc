import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/paths";

/**
 * The core's platform boundary is enforced, not a comment: a Node, DOM or Office global planted in
 * a core file fails lint (and the same text in an adapter does not). Lint runs as the project runs
 * it, on the planted text as if it stood at that path.
 */
const PLANTS = [
  "export const home = process.env.HOME;",
  "export const b = Buffer.from([1]);",
  "export const later = (f: () => void) => setImmediate(f);",
  "export const here = __dirname;",
  'export const fs: unknown = require("fs");',
  "export const title = document.title;",
  "export const w = window.innerWidth;",
];

/**
 * Lints planted code as a file of the project at `folder` (written there for the run, then
 * removed): the type-checked rules read files from disk, so text on stdin would not do. The
 * `.lint-plant.ts` name keeps the other source scans of the suite from counting it.
 */
function lint(code: string, folder: string): Array<{ line: number; ruleId: string | null }> {
  const path = join(ROOT, folder, `p${process.pid}.lint-plant.ts`);
  writeFileSync(path, code);
  let r;
  try {
    r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), path, "--format", "json"],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
  } finally {
    rmSync(path, { force: true });
  }
  const [result] = JSON.parse(r.stdout) as Array<{
    messages: Array<{ line: number; ruleId: string | null; severity: number }>;
  }>;
  return (result?.messages ?? []).filter((m) => m.severity === 2);
}

/** Faults only the type-checked rules see, planted after the globals (lines 8, 9 and 10). */
const TYPED_PLANTS = [
  "export async function soon(): Promise<number> { return 1; }",
  "export function fire(): void { soon(); }",
  'export function size(k: "a" | "b"): number { switch (k) { case "a": return 1; } return 0; }',
];

// The planted text stands in for a file of the project, so the type-checked rules see it too.
describe("lint keeps Node, the DOM and Office out of the core", () => {
  let found: Array<{ line: number; ruleId: string | null }> = [];
  beforeAll(() => {
    found = lint([...PLANTS, ...TYPED_PLANTS].join("\n"), "src/core/values");
  });

  it("every planted global in src/core fails, each on its line", () => {
    const lines = new Set(
      found.filter((m) => m.ruleId === "no-restricted-globals").map((m) => m.line),
    );
    expect([...lines].sort((a, b) => a - b)).toEqual(PLANTS.map((_p, i) => i + 1));
  });

  it("a floating promise and a switch that misses a case fail too (typescript-eslint, with types)", () => {
    const at = (rule: string) => found.filter((m) => m.ruleId === rule).map((m) => m.line);
    expect(at("@typescript-eslint/no-floating-promises")).toEqual([PLANTS.length + 2]);
    expect(at("@typescript-eslint/switch-exhaustiveness-check")).toEqual([PLANTS.length + 3]);
  });

  it("the same in an adapter is allowed", () => {
    const found = lint(PLANTS.slice(0, 4).join("\n"), "src/adapters/node-files");
    expect(found.filter((m) => m.ruleId === "no-restricted-globals")).toEqual([]);
  });
});
