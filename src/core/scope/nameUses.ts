import type { Expression } from "../template/expression";
import { nameKey } from "../values/names";

/** Which names a text reads, and which figures it prints outside a condition on themselves. */
export interface NameUses {
  /** every name read (scope-key form), by tags and by filter arguments such as 占:整体 */
  readonly names: readonly string[];
  /**
   * names printed by a placeholder that no `{#name}` around it guards: a zero there is printed
   * ("0件"), where `{#name}…{/name}` would have dropped the clause
   */
  readonly bare: readonly string[];
}

const NONE: NameUses = { names: [], bare: [] };

/** Over tags in order, a cell text's or a Word template's: both are the same language. */
export function nameUses(
  tags: ReadonlyArray<{ readonly prefix: "" | "#" | "^" | "/"; readonly expr: Expression }>,
): NameUses {
  if (tags.length === 0) return NONE;
  const names = new Set<string>();
  const bare = new Set<string>();
  // the names of the plain conditions ({#X}, no filter) the walk is inside
  const open: Array<string | null> = [];
  for (const t of tags) {
    const head = t.expr.path[0];
    if (t.prefix === "/") {
      open.pop();
      continue;
    }
    if (head !== undefined) names.add(head);
    for (const f of t.expr.filters)
      for (const a of f.args) if (typeof a === "string" && a !== "") names.add(nameKey(a));
    if (t.prefix === "#" || t.prefix === "^") {
      open.push(t.prefix === "#" && t.expr.filters.length === 0 ? (head ?? null) : null);
      continue;
    }
    if (head !== undefined && !open.includes(head)) bare.add(head);
  }
  return { names: [...names], bare: [...bare] };
}
