import { appendFileSync, cpSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT, tempDir } from "../helpers/paths";

/**
 * The import graph, read from the code (`import … from`, `export … from`, `import()`, types
 * included):
 * - data flows one way through the core's stages: workbook → cells → dataset → check → report;
 * - the foundations stand in one order, each using only those below it;
 * - no file imports itself round a circle, anywhere in the core;
 * - the surfaces reach the core only through core/engine and core/messages (types aside);
 * - the readers and writers reach zip packages only through the guard's entry point.
 * Each rule is shown to catch a violation planted in a copy of the tree.
 */
const STAGES = ["read", "scope", "check", "report", "scaffold", "engine"];
/** lowest first: each may use only those before it */
const FOUNDATIONS = [
  "errors",
  "grid",
  "values",
  "phrasing",
  "xml",
  "zip",
  "issues",
  "packs",
  "template",
  "docx",
  "messages",
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? files(p)
      : /\.tsx?$/.test(f) && !/\.(test|lint-plant)\.tsx?$/.test(f)
        ? [p]
        : [];
  });
}

interface Edge {
  /** the imported file, resolved (without extension) */
  readonly target: string;
  readonly spec: string;
  /** `import type` / `export type`: no code at run time */
  readonly typeOnly: boolean;
}

/** Every module a file names: static imports and re-exports (multi-line too) and import(). */
function importsOf(file: string): Edge[] {
  const src = readFileSync(file, "utf8");
  const out: Edge[] = [];
  const statement =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w*\s{},$]*?\s+from\s+)?["']([^"']+)["']/g;
  for (const m of src.matchAll(statement)) {
    const spec = m[3] as string;
    if (spec.startsWith("."))
      out.push({ target: resolve(dirname(file), spec), spec, typeOnly: !!m[2] });
  }
  for (const m of src.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g)) {
    const spec = m[1] as string;
    if (spec.startsWith("."))
      out.push({ target: resolve(dirname(file), spec), spec, typeOnly: false });
  }
  return out;
}

/** Every breach of the rules in a source tree (`src` holding core, adapters, surfaces). */
function graphFaults(src: string): string[] {
  const core = join(src, "core");
  const faults: string[] = [];
  const coreFiles = files(core);
  const folderOf = (file: string) => relative(core, file).split("/")[0] as string;
  const rank = (folder: string) => FOUNDATIONS.indexOf(folder);

  for (const file of coreFiles) {
    const from = folderOf(file);
    if (![...STAGES, ...FOUNDATIONS].includes(from)) faults.push(`unknown folder core/${from}`);
    for (const { target, spec } of importsOf(file)) {
      const rel = relative(core, target);
      const name = relative(src, file);
      if (rel.startsWith("..")) {
        faults.push(`${name} reaches out of the core: ${spec}`);
        continue;
      }
      const to = rel.split("/")[0] as string;
      if (to === from) continue;
      const ok = FOUNDATIONS.includes(from)
        ? FOUNDATIONS.includes(to) && rank(to) < rank(from)
        : FOUNDATIONS.includes(to) || STAGES.indexOf(to) < STAGES.indexOf(from);
      if (!ok) faults.push(`${name}: ${from} → ${to}`);
    }
  }

  const byFile = new Map(coreFiles.map((f) => [f.replace(/\.tsx?$/, ""), f]));
  const state = new Map<string, "open" | "done">();
  const visit = (key: string, path: string[]) => {
    if (state.get(key) === "done") return;
    if (state.get(key) === "open") {
      const loop = [...path.slice(path.indexOf(key)), key].map((k) => relative(core, k));
      faults.push(`circle: ${loop.join(" → ")}`);
      return;
    }
    state.set(key, "open");
    const file = byFile.get(key);
    if (file)
      for (const e of importsOf(file)) if (byFile.has(e.target)) visit(e.target, [...path, key]);
    state.set(key, "done");
  };
  for (const key of byFile.keys()) visit(key, []);

  for (const file of files(join(src, "surfaces")))
    for (const e of importsOf(file)) {
      const rel = relative(core, e.target);
      if (e.typeOnly || rel.startsWith("..") || /^(engine|messages)\//.test(rel)) continue;
      faults.push(`${relative(src, file)} reaches core/${rel}`);
    }

  for (const file of files(join(src, "adapters")))
    for (const e of importsOf(file)) {
      const rel = relative(core, e.target);
      if (e.typeOnly || !rel.startsWith("zip/") || rel === "zip/openPackage") continue;
      faults.push(`${relative(src, file)} opens zip internals: core/${rel}`);
    }
  return faults;
}

describe("the import graph", () => {
  it("keeps every rule in the tree as it is", () => {
    expect(graphFaults(join(ROOT, "src"))).toEqual([]);
  });

  /** A copy of src with `line` added to `file`: the rules must catch it. */
  const planted = (file: string, line: string): string[] => {
    const copy = join(tempDir("ra-arch-"), "src");
    cpSync(join(ROOT, "src"), copy, { recursive: true });
    appendFileSync(join(copy, file), `\n${line}\n`);
    return graphFaults(copy);
  };

  it.each([
    [
      "a foundation using one above it",
      "core/zip/zipDirectory.ts",
      'import type { Locale } from "../messages/locale";',
      "core/zip/zipDirectory.ts: zip → messages",
    ],
    [
      "a re-export upward",
      "core/values/units.ts",
      'export { q } from "../messages/quote";',
      "core/values/units.ts: values → messages",
    ],
    [
      "a lazy import upward",
      "core/xml/xmlText.ts",
      'export const later = () => import("../docx/officialFormat");',
      "core/xml/xmlText.ts: xml → docx",
    ],
    [
      "a stage using a later stage",
      "core/read/planRead.ts",
      'import type { CheckResult } from "../check/checkResult.types";',
      "core/read/planRead.ts: read → check",
    ],
    [
      "a surface reaching past the engine",
      "surfaces/cli/commands.ts",
      'import { leafCategories } from "../../core/packs/leafCategories";',
      "surfaces/cli/commands.ts reaches core/packs/leafCategories",
    ],
    [
      "an adapter inflating on its own",
      "adapters/ods-file/odsSource.ts",
      'import { readZipPart } from "../../core/zip/zipDirectory";',
      "adapters/ods-file/odsSource.ts opens zip internals: core/zip/zipDirectory",
    ],
  ])("catches %s", (_what, file, line, fault) => {
    expect(planted(file, line)).toContain(fault);
  });

  it("catches a circle, even of types", () => {
    const faults = planted(
      "core/scope/reportScope.types.ts",
      'import type { X } from "./textFacts";',
    );
    expect(faults.some((f) => f.startsWith("circle:") && f.includes("scope/textFacts"))).toBe(true);
  });
});
