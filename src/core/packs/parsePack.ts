import { metricsByName } from "./metricsByName";
import { isForbiddenName, nameKey } from "../values/names";
import { FormulaError, formulaNames, parseFormula } from "./formula";
import { leafCategories } from "./leafCategories";
import { PackError, type PackProblem } from "./packProblem";
import generatedValidator from "./packSchemaValidator.generated";
import {
  relationTerm,
  REQUIRED_ROLES,
  type CrossFieldRule,
  type InfoField,
  type InfoKind,
  type InfoRole,
  type MetricDef,
  type OldTableLayout,
  type Pack,
  type PackCategory,
  type PackTable,
  type TableCell,
  type TableRelation,
} from "./pack.types";

/** /metrics/3/name → metrics[3].name, as a pack author finds it in the file. */
function jsonPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : `${i === 0 ? "" : "."}${seg}`))
    .join("");
}

interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Compiled from packs/pack.schema.json at build time (no eval: the pane's CSP forbids it). */
// cast: the generated validator is plain JS; this is its documented shape (ajv standalone)
const validateSchema = generatedValidator as unknown as ((data: unknown) => boolean) & {
  errors?: readonly SchemaError[] | null;
};

function schemaProblems(json: unknown): PackProblem[] {
  if (validateSchema(json)) return [];
  return (validateSchema.errors ?? []).map((e) => ({
    path: jsonPath(e.instancePath) || "pack",
    code: e.keyword,
    args: Object.fromEntries(
      Object.entries(e.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]),
    ),
  }));
}

/** The role an info row must have kind for: a year is a year, dates are dates. */
const ROLE_KIND: Partial<Record<InfoRole, InfoKind>> = {
  year: "year",
  cutoffDate: "date",
  signDate: "date",
  unitName: "text",
  title: "text",
  lead: "text",
  addressee: "text",
  reportType: "text",
  categoryHeading: "text",
  blanksAreZero: "yesNo",
  seal: "yesNo",
  government: "yesNo",
};

/** The key of the 报告信息 row that records the pack, in every workbook made from one. */
export const REPORT_TYPE_KEY = "报告类型";

const SEAL_KEY = "加盖印章";
const ADDRESSEE_KEY = "主送机关";

/** The key of a part's heading row: 「审判执行标题」. */
const headingKey = (short: string) => `${short}标题`;

/**
 * The rows every pack has whether it declares them or not: 报告类型 (so a workbook says which
 * pack made it) and one heading row per leaf part (so each unit words its own 小标题). A pack
 * may declare them itself, with its own keys and definitions.
 */
function implicitInfo(
  info: readonly InfoField[],
  categories: readonly PackCategory[],
): InfoField[] {
  const out = [...info];
  // the 落款's form and the line under the title, for reports sent upward (GB/T 9704 §7.2.4, §7.3.5)
  if (info.some((f) => f.role === "signDate") && !info.some((f) => f.role === "seal"))
    out.push({
      key: SEAL_KEY,
      kind: "yesNo",
      required: false,
      role: "seal",
      definition:
        "填“是”，落款按加盖印章的格式编排（为印章留出位置）；填“否”或不填，按不加盖印章的格式",
    });
  if (!info.some((f) => f.role === "addressee"))
    out.push({
      key: ADDRESSEE_KEY,
      kind: "text",
      required: false,
      role: "addressee",
      definition:
        "报送上级机关的，填写主送机关，如“区委全面依法治区委员会办公室”，排在标题下方；不填则不写",
    });
  const leaves = leafCategories({ categories });
  for (const leaf of leaves) {
    const id = leaf.category.id;
    if (info.some((f) => f.role === "categoryHeading" && f.category === id)) continue;
    out.push({
      key: headingKey(leaf.short),
      kind: "text",
      required: false,
      role: "categoryHeading",
      category: id,
      definition: `“${leaf.short}”部分的小标题，可改成本单位的提法；不填则为“${leaf.category.title}”`,
    });
  }
  if (!info.some((f) => f.role === "reportType"))
    out.push({
      key: REPORT_TYPE_KEY,
      kind: "text",
      required: false,
      role: "reportType",
      definition: "由报告助手填写，记录本工作簿所用的报告类型和版本，请勿改动",
    });
  return out;
}

interface RawCategory extends Omit<PackCategory, "children"> {
  readonly children?: readonly RawCategory[];
}

/**
 * Validates a pack read from JSON: first against packs/pack.schema.json (the file pack authors'
 * editors check as they type), then across the pack (unique names, references that resolve,
 * the roles every report needs). Every fault is collected; the pack is returned only when none.
 */
export function parsePack(json: unknown, source = "pack.json"): Pack {
  const problems = schemaProblems(json);
  if (problems.length > 0) throw new PackError(source, problems);
  // cast: the schema validator above has checked exactly this shape
  const raw = json as {
    id: string;
    title: string;
    description?: string;
    version: number;
    defaultTitle: string;
    template?: string;
    noBreak?: string[];
    defaultLead?: string;
    calendarYear?: boolean;
    publishBy?: { department: string; government?: string };
    info: Array<Partial<InfoField> & { key: string; kind: InfoKind }>;
    categories: RawCategory[];
    metrics: Array<Omit<MetricDef, "unit" | "required"> & { unit?: string; required?: boolean }>;
    rules?: CrossFieldRule[];
    tables?: RawTable[];
  };
  const withDefaults = (c: RawCategory): PackCategory => ({
    ...c,
    title: c.title.trim(),
    minItems: c.minItems ?? 0,
    layout: c.layout ?? "paragraphs",
    description: c.description ?? "",
    ...(c.children ? { children: c.children.map(withDefaults) } : {}),
  });
  const categories = raw.categories.map(withDefaults);
  const pack: Pack = {
    id: raw.id,
    title: raw.title.trim(),
    description: raw.description ?? "",
    version: raw.version,
    defaultTitle: raw.defaultTitle,
    info: implicitInfo(
      raw.info.map((f) => ({
        key: f.key,
        kind: f.kind,
        required: f.required ?? false,
        definition: f.definition ?? "",
        ...(f.role ? { role: f.role } : {}),
        ...(f.category !== undefined ? { category: f.category } : {}),
      })),
      categories,
    ),
    categories,
    metrics: raw.metrics.map((m) => ({ ...m, unit: m.unit ?? "", required: m.required ?? true })),
    rules: raw.rules ?? [],
    tables: (raw.tables ?? []).map(tableWithDefaults),
    ...(raw.template !== undefined ? { template: raw.template } : {}),
    ...(raw.noBreak !== undefined ? { noBreak: raw.noBreak } : {}),
    ...(raw.defaultLead !== undefined ? { defaultLead: raw.defaultLead } : {}),
    ...(raw.calendarYear !== undefined ? { calendarYear: raw.calendarYear } : {}),
    ...(raw.publishBy ? { publishBy: raw.publishBy } : {}),
  };
  crossCheck(pack, problems);
  if (problems.length > 0) throw new PackError(source, problems);
  return pack;
}

type RawTable = Omit<
  PackTable,
  "cells" | "relations" | "oldLayouts" | "headerRows" | "fontSize" | "keepTogether"
> & {
  keepTogether?: string[];
  headerRows?: number;
  fontSize?: number;
  cells: Array<Omit<TableCell, "rowSpan" | "colSpan"> & { rowSpan?: number; colSpan?: number }>;
  relations?: Array<Omit<TableRelation, "severity"> & { severity?: "error" | "warning" }>;
  oldLayouts?: Array<Omit<OldTableLayout, "absent"> & { absent?: string[] }>;
};

const tableWithDefaults = (t: RawTable): PackTable => ({
  ...t,
  headerRows: t.headerRows ?? 0,
  fontSize: t.fontSize ?? 10.5,
  keepTogether: t.keepTogether ?? [],
  cells: t.cells.map((c) => ({ ...c, rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1 })),
  relations: (t.relations ?? []).map((r) => ({ ...r, severity: r.severity ?? "error" })),
  oldLayouts: (t.oldLayouts ?? []).map((o) => ({ ...o, absent: o.absent ?? [] })),
  carry: t.carry ?? [],
});

/**
 * A table's grid is whole: every position covered by exactly one cell, none outside the widths;
 * each data cell names a numeric metric of the table's part and each metric of that part sits in
 * exactly one data cell; relations name the table's own metrics.
 */
function checkTables(
  pack: Pack,
  numeric: ReadonlySet<string>,
  add: (path: string, code: string, args?: PackProblem["args"]) => void,
): void {
  const leafIds = new Set(leafCategories(pack).map((l) => l.category.id));
  const tableOf = new Map<string, number>();
  const ids = new Set<string>();
  pack.tables.forEach((t, ti) => {
    const here = `tables[${ti}]`;
    if (ids.has(t.id)) add(`${here}.id`, "duplicate_id", { id: t.id });
    ids.add(t.id);
    if (!leafIds.has(t.category))
      add(`${here}.category`, "unknown_category", { category: t.category });
    else if (tableOf.has(t.category))
      add(`${here}.category`, "table_twice", { category: t.category });
    tableOf.set(t.category, ti);
    const width = t.widths.length;
    const covered = new Map<string, number>();
    let height = 0;
    const bound = new Set<string>();
    t.cells.forEach((c, ci) => {
      const at = `${here}.cells[${ci}]`;
      const kinds = [c.text, c.metric, c.blank].filter((x) => x !== undefined).length;
      if (kinds !== 1) add(at, "cell_kind");
      if (c.col + c.colSpan > width) add(at, "cell_outside", { row: c.row, col: c.col, width });
      height = Math.max(height, c.row + c.rowSpan);
      for (let r = c.row; r < c.row + c.rowSpan; r++)
        for (let k = c.col; k < Math.min(c.col + c.colSpan, width); k++) {
          const prev = covered.get(`${r},${k}`);
          if (prev !== undefined)
            add(at, "cell_overlap", { row: r, col: k, other: `${here}.cells[${prev}]` });
          else covered.set(`${r},${k}`, ci);
        }
      if (c.metric !== undefined) {
        const m = pack.metrics.find((x) => x.code === c.metric);
        if (!m) add(`${at}.metric`, "table_unknown_metric", { code: c.metric });
        else if (m.category !== t.category || !numeric.has(m.code))
          add(`${at}.metric`, "table_metric_elsewhere", { code: c.metric, category: t.category });
        if (bound.has(c.metric)) add(`${at}.metric`, "table_metric_twice", { code: c.metric });
        bound.add(c.metric);
      }
    });
    for (let r = 0; r < height; r++)
      for (let k = 0; k < width; k++)
        if (!covered.has(`${r},${k}`)) add(`${here}.cells`, "cell_gap", { row: r, col: k });
    if (t.headerRows > height) add(`${here}.headerRows`, "header_rows", { rows: height });
    pack.metrics.forEach((m, mi) => {
      if (m.category === t.category && !bound.has(m.code))
        add(`metrics[${mi}]`, "table_metric_unplaced", { code: m.code, table: t.id });
    });
    t.carry.forEach((c, ci) => {
      for (const code of [c.from, c.to])
        if (!bound.has(code)) add(`${here}.carry[${ci}]`, "relation_unknown", { code });
    });
    t.relations.forEach((rel, ri) => {
      for (const term of [...rel.left, ...rel.right]) {
        const { code } = relationTerm(term);
        if (!bound.has(code)) add(`${here}.relations[${ri}]`, "relation_unknown", { code });
      }
      // an empty side is 0, which only an equality can mean plainly ("this line is 0")
      if (rel.right.length === 0 && rel.op !== "==")
        add(`${here}.relations[${ri}].right`, "relation_empty_side", { op: rel.op });
      const when = rel.when?.info;
      if (when !== undefined && !pack.info.some((f) => f.key === when && f.kind === "yesNo"))
        add(`${here}.relations[${ri}].when.info`, "relation_when_unknown", { key: when });
    });
  });
}

/** A file name in the pack's own folder: no folder part, no drive, not hidden, a .docx. */
function isPlainDocxName(name: string): boolean {
  const plain = [...name].every((ch) => ch >= " " && !'/\\:*?"<>|'.includes(ch));
  return plain && /\.docx$/i.test(name) && !name.startsWith(".") && name.trim() === name;
}

/** The checks that span the pack: unique names, references that resolve, the roles a report needs. */
function crossCheck(pack: Pack, problems: PackProblem[]): void {
  const add = (path: string, code: string, args: PackProblem["args"] = {}) =>
    problems.push({ path, code, args });

  // The template sits beside pack.json: a file name, never a path that leaves the pack's folder.
  if (pack.template !== undefined && !isPlainDocxName(pack.template))
    add("template", "template_not_in_folder", { template: pack.template });

  // Names are compared as tags compare them (NFKC): 法治副校（园）长 and 法治副校(园)长 are one name.
  const seen = new Map<string, string>();
  const claim = (name: string, path: string) => {
    if (isForbiddenName(nameKey(name))) add(path, "forbidden_name", { name });
    const key = nameKey(name);
    const prev = seen.get(key);
    if (prev) add(path, "duplicate_name", { name, other: prev });
    else seen.set(key, path);
  };
  pack.info.forEach((f, i) => claim(f.key, `info[${i}].key`));

  const ids = new Set<string>();
  const walk = (cats: readonly PackCategory[], path: string) =>
    cats.forEach((c, i) => {
      const here = `${path}[${i}]`;
      if (ids.has(c.id)) add(`${here}.id`, "duplicate_id", { id: c.id });
      ids.add(c.id);
      if (c.children) {
        walk(c.children, `${here}.children`);
        if (c.defaultItems) add(`${here}.defaultItems`, "items_on_parent");
      } else if (c.short === undefined) add(here, "leaf_needs_short");
      else claim(c.short, `${here}.short`);
    });
  walk(pack.categories, "categories");
  const leafIds = new Set(leafCategories(pack).map((l) => l.category.id));

  const numeric = new Set<string>();
  pack.metrics.forEach((m, i) => {
    claim(m.code, `metrics[${i}].code`);
    claim(m.name, `metrics[${i}].name`);
    if (!leafIds.has(m.category))
      add(`metrics[${i}].category`, "unknown_category", { category: m.category });
    if (m.kind === "count" || m.kind === "amount" || m.kind === "rate") numeric.add(m.code);
    if (m.range && m.range[0] !== null && m.range[1] !== null && m.range[0] > m.range[1])
      add(`metrics[${i}].range`, "range_order");
  });
  checkFormulas(pack, numeric, add);
  checkTables(pack, numeric, add);
  pack.rules.forEach((rule, i) => {
    for (const code of [...rule.left, ...rule.right])
      if (!numeric.has(code)) add(`rules[${i}]`, "rule_not_numeric", { code });
  });

  const byRole = new Map<InfoRole, number>();
  const headed = new Set<string>();
  pack.info.forEach((f, i) => {
    if (!f.role) return;
    if (f.role === "categoryHeading") {
      if (!f.category || !leafIds.has(f.category))
        add(`info[${i}].category`, "unknown_category", { category: f.category ?? "" });
      else if (headed.has(f.category))
        add(`info[${i}].category`, "duplicate_heading", { category: f.category });
      headed.add(f.category ?? "");
    } else if (byRole.has(f.role)) add(`info[${i}].role`, "duplicate_role", { role: f.role });
    byRole.set(f.role, i);
    const kind = ROLE_KIND[f.role];
    if (kind && f.kind !== kind) add(`info[${i}].kind`, "role_kind", { role: f.role, kind });
  });
  for (const role of REQUIRED_ROLES) if (!byRole.has(role)) add("info", "missing_role", { role });
}

/**
 * A formula reads numeric metrics only (by code or name), and no metric depends on itself
 * through formulas: a cycle could never be computed.
 */
function checkFormulas(
  pack: Pack,
  numeric: ReadonlySet<string>,
  add: (path: string, code: string, args?: PackProblem["args"]) => void,
): void {
  const byName = metricsByName(pack);
  const reads = new Map<string, string[]>();
  pack.metrics.forEach((m, i) => {
    if (m.formula === undefined) return;
    const path = `metrics[${i}].formula`;
    if (!numeric.has(m.code)) add(path, "formula_not_numeric", { code: m.code });
    let tree;
    try {
      tree = parseFormula(m.formula);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      add(path, "formula_syntax", { formula: m.formula, at: e.at + 1 });
      return;
    }
    const codes: string[] = [];
    for (const name of formulaNames(tree)) {
      const def = byName.get(nameKey(name));
      if (!def || !numeric.has(def.code)) add(path, "formula_unknown", { name });
      else codes.push(def.code);
    }
    reads.set(m.code, codes);
  });
  // a metric that reaches itself through the formulas it reads
  const reaches = (from: string, target: string, seen: Set<string>): boolean =>
    (reads.get(from) ?? []).some(
      (c) => c === target || (!seen.has(c) && (seen.add(c), reaches(c, target, seen))),
    );
  pack.metrics.forEach((m, i) => {
    if (reads.has(m.code) && reaches(m.code, m.code, new Set()))
      add(`metrics[${i}].formula`, "formula_cycle", { code: m.code });
  });
}
