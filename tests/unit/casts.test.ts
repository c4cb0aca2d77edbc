import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { ROOT } from "../helpers/paths";

/**
 * Type assertions (`x as T`) tell the compiler to stop checking. In the product's code they stay
 * few (at most 30) and each says why it is safe, in a `// cast:` comment on its line or the two
 * above; anything else gets a typed helper (present(), a type guard) instead.
 */
const MAX_CASTS = 30;

interface Cast {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly justified: boolean;
}

/** The outermost casts of a source (`x as unknown as T` is one), other than `as const`. */
export function castsIn(file: string, source: string): Cast[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lines = source.split("\n");
  const out: Cast[] = [];
  const isConst = (n: ts.AsExpression) =>
    ts.isTypeReferenceNode(n.type) && n.type.typeName.getText(sf) === "const";
  const visit = (node: ts.Node, insideCast: boolean): void => {
    const cast = (ts.isAsExpression(node) && !isConst(node)) || ts.isTypeAssertionExpression(node);
    if (cast && !insideCast) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const near = lines.slice(Math.max(0, line - 2), line + 1).join("\n");
      out.push({
        file,
        line: line + 1,
        text: node.getText(sf).split("\n")[0] ?? "",
        justified: /\/\/ cast: \S/.test(near),
      });
    }
    ts.forEachChild(node, (child) =>
      visit(child, cast && ts.isAsExpression(node) ? child === node.expression : false),
    );
  };
  visit(sf, false);
  return out;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name) && !/\.(test|lint-plant)\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe("casts in the product's code", () => {
  const casts = sources(join(ROOT, "src")).flatMap((path) =>
    castsIn(relative(ROOT, path), readFileSync(path, "utf8")),
  );

  it(`are at most ${MAX_CASTS}`, () => {
    expect(casts.length).toBeLessThanOrEqual(MAX_CASTS);
  });

  it("each say why they are safe", () => {
    expect(casts.filter((c) => !c.justified).map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual(
      [],
    );
  });

  it("the count sees a planted cast, a double cast once, and not `as const`", () => {
    const planted = [
      "const a = b as string;",
      "// cast: our own file",
      "const c = d as unknown as number;",
      "const e = [1] as const;",
    ].join("\n");
    expect(castsIn("x.ts", planted).map((c) => [c.line, c.justified])).toEqual([
      [1, false],
      [3, true],
    ]);
  });
});
