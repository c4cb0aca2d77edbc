import type { CellTextRuntime, CompiledText } from "../template/cellTextRuntime";
import { inspectTags, type TagFinding } from "../template/inspectTags";
import type { ScopeSchema } from "../template/scopeSchema";
import type { GapUse } from "../template/tagParser";
import type { ReportData, TextFacts } from "./reportScope.types";

const NONE: TextFacts = { problems: [], findings: [], gaps: [] };
const NO_FINDINGS: ReadonlyArray<TagFinding<null>> = [];

/**
 * Works out each text's facts in one pass, keeping nothing per text but what is found: the same
 * tags recur across thousands of statements, so each distinct tag is inspected, and evaluated
 * against the data, once.
 */
export function textFactsFinder(schema: ScopeSchema, data: ReportData, cellTexts: CellTextRuntime) {
  const findingsPerTag = new Map<string, ReadonlyArray<TagFinding<null>>>();
  const findingsPerShape = new Map<string, ReadonlyArray<TagFinding<null>>>();
  const gapsPerTag = new Map<string, readonly GapUse[]>();
  const site = (t: CompiledText["tags"][number]) => ({
    raw: t.raw,
    prefix: t.prefix,
    expr: t.expr,
    place: null,
  });

  const findings = (compiled: CompiledText): ReadonlyArray<TagFinding<null>> => {
    // a section opens the scope the tags inside it read: such a text is inspected whole, once
    // for every text of its shape (the same tags in the same order)
    if (compiled.tags.some((t) => t.prefix !== "")) {
      const key = compiled.sections?.shape ?? undefined;
      let found = key === undefined ? undefined : findingsPerShape.get(key);
      if (!found) {
        const f = inspectTags(compiled.tags.map(site), schema);
        found = f.length > 0 ? f : NO_FINDINGS;
        if (key !== undefined) findingsPerShape.set(key, found);
      }
      return found;
    }
    let out: Array<TagFinding<null>> | null = null;
    for (const t of compiled.tags) {
      let found = findingsPerTag.get(t.raw);
      if (!found) {
        const f = inspectTags([site(t)], schema);
        findingsPerTag.set(t.raw, (found = f.length > 0 ? f : NO_FINDINGS));
      }
      if (found.length > 0) (out ??= []).push(...found);
    }
    return out ?? NO_FINDINGS;
  };

  return (compiled: CompiledText): TextFacts => {
    if (compiled.tags.length === 0 && compiled.problems.length === 0) return NONE;
    const f = findings(compiled);
    const g = compiled.problems.length > 0 ? [] : cellTexts.gaps(compiled, data, gapsPerTag);
    if (compiled.problems.length === 0 && f.length === 0 && g.length === 0) return NONE;
    return { problems: compiled.problems, findings: f, gaps: g };
  };
}
