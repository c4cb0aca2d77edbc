import type { MetricDef } from "../packs/pack.types";
import type { StaticType } from "./filters";

/** A name a tag may use, and what it holds: known from the pack alone, before any workbook. */
export interface SchemaEntry {
  readonly type: StaticType;
  /** for records: the fields a dotted name or a section over it reaches */
  readonly fields?: ReadonlyMap<string, SchemaEntry>;
  /** for lists: what each item holds (inside {#列表}…{/列表}) */
  readonly item?: ReadonlyMap<string, SchemaEntry>;
}

export interface ScopeSchema {
  /** names at the top of the report, by nameKey */
  readonly top: ReadonlyMap<string, SchemaEntry>;
  /** a numeric metric by code or name, for the whole of a share (占:受理案件) */
  readonly metricNamed: (name: string) => MetricDef | undefined;
}
