import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/paths";

/**
 * The documents point at the code that keeps their promises: every file they name by path
 * (`src/…`, `tests/…`, `docs/…`, `core/…` and the like) exists, so a rename cannot leave a promise
 * pointing at nothing.
 */
const DOCS = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const TOP = /^(src|tests|docs|scripts|packs|samples|assets|bin)\//;
const UNDER_SRC = /^(core|adapters|surfaces)\//;

function named(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /`([A-Za-z0-9_./-]+\.(?:ts|tsx|js|json|md|conf|xml|docx|xlsx|xls|ods))`/g,
  )) {
    const path = m[1] as string;
    if (TOP.test(path)) out.push(path);
    else if (UNDER_SRC.test(path)) out.push(`src/${path}`);
  }
  return out;
}

describe.each(DOCS)("%s", (doc) => {
  const paths = named(readFileSync(join(ROOT, doc), "utf8"));
  it("names files that exist", () => {
    if (doc === "docs/security.md") expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
