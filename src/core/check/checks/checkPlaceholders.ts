import type { Issue } from "../../issues/issue.types";
import { inspectTags, type TagFinding } from "../../template/inspectTags";
import type { ScopeSchema } from "../../template/scopeSchema";
import type { CompiledText } from "../../template/cellText";
import { at, issue, type Check } from "../checkContext";

/** Findings per compiled text and schema: a text repeated across sheets is inspected once. */
const findingsCache = new WeakMap<CompiledText, WeakMap<ScopeSchema, Array<TagFinding<null>>>>();

function findingsOf(compiled: CompiledText, schema: ScopeSchema): Array<TagFinding<null>> {
  let bySchema = findingsCache.get(compiled);
  if (!bySchema) findingsCache.set(compiled, (bySchema = new WeakMap()));
  let found = bySchema.get(schema);
  if (!found) {
    found = inspectTags(
      compiled.tags.map((t) => ({ raw: t.raw, prefix: t.prefix, expr: t.expr, place: null })),
      schema,
    );
    bySchema.set(schema, found);
  }
  return found;
}

/**
 * PLACEHOLDER_SYNTAX, PLACEHOLDER_UNKNOWN, PLACEHOLDER_FILTER_MISUSE: every tag in a statement (or
 * in 导语, a typed title) must read, name something the report has, and use a form that fits it.
 */
export const checkPlaceholders: Check = ({ scope }) => {
  const out: Issue[] = [];
  for (const t of scope.texts) {
    const extra = t.categoryId ? { category: t.categoryId } : {};
    const where = at(t.sheet, t.cell);
    for (const p of t.compiled.problems) {
      out.push(
        issue(
          "PLACEHOLDER_SYNTAX",
          "error",
          where,
          { tag: p.tag, reason: p.reason, ...p.args },
          extra,
        ),
      );
    }
    if (t.compiled.tags.length === 0) continue;
    for (const f of findingsOf(t.compiled, scope.schema)) {
      out.push(
        f.kind === "unknown"
          ? issue("PLACEHOLDER_UNKNOWN", "error", where, { tag: f.raw, name: f.name }, extra)
          : issue("PLACEHOLDER_FILTER_MISUSE", "error", where, { tag: f.raw, ...f.problem }, extra),
      );
    }
  }
  return out;
};
