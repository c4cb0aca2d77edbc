import type { Expression } from "./expression";
import { checkFilterChain, type FilterProblem } from "./filters";
import { nameKey } from "../values/names";
import type { SchemaEntry, ScopeSchema } from "./scopeSchema";

/** A tag in document order: a placeholder, a section's opening ("#", "^") or its end ("/"). */
export interface SiteInOrder<Place> {
  readonly raw: string;
  readonly prefix: "" | "#" | "^" | "/";
  readonly expr: Expression;
  readonly place: Place;
}

export type TagFinding<Place> =
  | { readonly kind: "unknown"; readonly raw: string; readonly name: string; readonly place: Place }
  | {
      readonly kind: "filter";
      readonly raw: string;
      readonly problem: FilterProblem;
      readonly place: Place;
    };

type Scope = ReadonlyMap<string, SchemaEntry>;

function resolve(
  path: readonly string[],
  scopes: readonly Scope[],
  top: Scope,
): { entry: SchemaEntry } | { missing: string } {
  const head = nameKey(path[0] ?? "");
  let entry: SchemaEntry | undefined;
  for (let i = scopes.length - 1; i >= 0 && !entry; i--) entry = scopes[i]?.get(head);
  entry ??= top.get(head);
  if (!entry) return { missing: path[0] ?? "" };
  for (let i = 1; i < path.length; i++) {
    const next: SchemaEntry | undefined = entry.fields?.get(nameKey(path[i] ?? ""));
    if (!next) return { missing: path.slice(0, i + 1).join(".") };
    entry = next;
  }
  return { entry };
}

/**
 * The static pass over a template's or a cell's tags: every name must be one the report has (in
 * the scope the sections around it open), and every form (|同比, |序号:2, …) must fit the value it
 * is given. It looks at every tag, also those inside conditions that this year's data would skip,
 * so a fault does not wait for the year the condition comes true.
 */
export function inspectTags<Place>(
  sites: ReadonlyArray<SiteInOrder<Place>>,
  schema: ScopeSchema,
): Array<TagFinding<Place>> {
  const findings: Array<TagFinding<Place>> = [];
  const scopes: Scope[] = [];
  const ctx = { metricNamed: schema.metricNamed };
  for (const site of sites) {
    if (site.prefix === "/") {
      scopes.pop();
      continue;
    }
    const { path } = site.expr;
    let inner: Scope = new Map();
    if (path.length > 0) {
      const r = resolve(path, scopes, schema.top);
      if ("missing" in r) {
        findings.push({ kind: "unknown", raw: site.raw, name: r.missing, place: site.place });
      } else {
        const chain = checkFilterChain(r.entry.type, site.expr.filters, ctx, path.join("."));
        if ("problem" in chain)
          findings.push({
            kind: "filter",
            raw: site.raw,
            problem: chain.problem,
            place: site.place,
          });
        inner = r.entry.item ?? r.entry.fields ?? new Map();
      }
    }
    if (site.prefix === "#" || site.prefix === "^")
      scopes.push(site.prefix === "^" ? new Map() : inner);
  }
  return findings;
}
