import { spawnSync } from "node:child_process";
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

function lint(code: string, path: string): Array<{ line: number; ruleId: string | null }> {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      path,
      "--format",
      "json",
    ],
    { cwd: ROOT, input: code, encoding: "utf8", timeout: 120_000 },
  );
  const [result] = JSON.parse(r.stdout) as Array<{
    messages: Array<{ line: number; ruleId: string | null; severity: number }>;
  }>;
  return (result?.messages ?? []).filter((m) => m.severity === 2);
}

describe("lint keeps Node, the DOM and Office out of the core", () => {
  it("every planted global in src/core fails, each on its line", () => {
    const found = lint(PLANTS.join("\n"), "src/core/zip/planted.ts");
    const lines = new Set(
      found.filter((m) => m.ruleId === "no-restricted-globals").map((m) => m.line),
    );
    expect([...lines].sort((a, b) => a - b)).toEqual(PLANTS.map((_p, i) => i + 1));
  });

  it("the same in an adapter is allowed", () => {
    const found = lint(PLANTS.slice(0, 4).join("\n"), "src/adapters/node-files/planted.ts");
    expect(found.filter((m) => m.ruleId === "no-restricted-globals")).toEqual([]);
  });
});
