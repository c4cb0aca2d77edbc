import { isForbiddenName, isPlainName } from "../template/names";
import { leafCategories } from "./leafCategories";
import type {
  CategoryLayout,
  CrossFieldRule,
  InfoField,
  InfoKind,
  MetricDef,
  MetricKind,
  Pack,
  PackCategory,
  RuleOperator,
} from "./pack.types";

/** A pack file that cannot be used; `problems` lists every fault with its JSON path. */
export class PackError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? " …" : ""}`);
    this.name = "PackError";
  }
}

const METRIC_KINDS: readonly MetricKind[] = ["count", "amount", "rate", "date", "text"];
const INFO_KINDS: readonly InfoKind[] = ["text", "year", "date"];
const LAYOUTS: readonly CategoryLayout[] = ["inline", "paragraphs", "headed"];
const OPERATORS: readonly RuleOperator[] = ["<=", "<", ">=", ">", "=="];

type Json = unknown;

class Reader {
  readonly problems: string[] = [];
  obj(v: Json, path: string): Record<string, Json> {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, Json>;
    this.problems.push(`${path} must be an object`);
    return {};
  }
  arr(v: Json, path: string, optional = false): Json[] {
    if (v === undefined && optional) return [];
    if (Array.isArray(v)) return v;
    this.problems.push(`${path} must be a list`);
    return [];
  }
  str(v: Json, path: string, optional = false): string {
    if (v === undefined && optional) return "";
    if (typeof v === "string" && (optional || v.trim() !== "")) return v.trim();
    this.problems.push(`${path} must be a non-empty text`);
    return "";
  }
  bool(v: Json, path: string, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v === "boolean") return v;
    this.problems.push(`${path} must be true or false`);
    return fallback;
  }
  int(v: Json, path: string, fallback: number): number {
    if (v === undefined) return fallback;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
    this.problems.push(`${path} must be a whole number ≥ 0`);
    return fallback;
  }
  oneOf<T extends string>(v: Json, path: string, allowed: readonly T[], fallback?: T): T {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
    this.problems.push(`${path} must be one of ${allowed.join(", ")}`);
    return allowed[0] as T;
  }
}

/** Validates a pack read from JSON. Every fault is collected; the pack is returned only when none. */
export function parsePack(json: Json, source = "pack.json"): Pack {
  const r = new Reader();
  const root = r.obj(json, "pack");
  const id = r.str(root.id, "id");
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id))
    r.problems.push("id must be lower-case letters, digits and -");

  const info: InfoField[] = r.arr(root.info, "info").map((raw, i) => {
    const o = r.obj(raw, `info[${i}]`);
    return {
      key: r.str(o.key, `info[${i}].key`),
      kind: r.oneOf(o.kind, `info[${i}].kind`, INFO_KINDS, "text"),
      required: r.bool(o.required, `info[${i}].required`, false),
      definition: r.str(o.definition, `info[${i}].definition`, true),
    };
  });

  const parseCategory = (raw: Json, path: string): PackCategory => {
    const o = r.obj(raw, path);
    const children = r
      .arr(o.children, `${path}.children`, true)
      .map((c, i) => parseCategory(c, `${path}.children[${i}]`));
    const cat: PackCategory = {
      id: r.str(o.id, `${path}.id`),
      title: r.str(o.title, `${path}.title`),
      ...(o.short !== undefined ? { short: r.str(o.short, `${path}.short`) } : {}),
      minItems: r.int(o.minItems, `${path}.minItems`, 0),
      layout: r.oneOf(o.layout, `${path}.layout`, LAYOUTS, "paragraphs"),
      description: r.str(o.description, `${path}.description`, true),
      ...(children.length ? { children } : {}),
    };
    return cat;
  };
  const categories = r
    .arr(root.categories, "categories")
    .map((c, i) => parseCategory(c, `categories[${i}]`));

  const metrics: MetricDef[] = r.arr(root.metrics, "metrics").map((raw, i) => {
    const p = `metrics[${i}]`;
    const o = r.obj(raw, p);
    const range = o.range === undefined ? undefined : parseRange(r, o.range, `${p}.range`);
    return {
      code: r.str(o.code, `${p}.code`),
      name: r.str(o.name, `${p}.name`),
      unit: r.str(o.unit, `${p}.unit`, true),
      kind: r.oneOf(o.kind, `${p}.kind`, METRIC_KINDS),
      category: r.str(o.category, `${p}.category`),
      definition: r.str(o.definition, `${p}.definition`),
      required: r.bool(o.required, `${p}.required`, true),
      ...(range ? { range } : {}),
    };
  });

  const rules: CrossFieldRule[] = r.arr(root.rules, "rules", true).map((raw, i) => {
    const p = `rules[${i}]`;
    const o = r.obj(raw, p);
    return {
      id: r.str(o.id, `${p}.id`),
      left: r.arr(o.left, `${p}.left`).map((c, j) => r.str(c, `${p}.left[${j}]`)),
      op: r.oneOf(o.op, `${p}.op`, OPERATORS),
      right: r.arr(o.right, `${p}.right`).map((c, j) => r.str(c, `${p}.right[${j}]`)),
      message: r.str(o.message, `${p}.message`),
    };
  });

  const pack: Pack = {
    id,
    title: r.str(root.title, "title"),
    description: r.str(root.description, "description", true),
    version: r.int(root.version, "version", 1),
    defaultTitle: r.str(root.defaultTitle, "defaultTitle"),
    info,
    categories,
    metrics,
    rules,
    ...(root.template !== undefined ? { template: r.str(root.template, "template") } : {}),
  };
  crossCheck(pack, r.problems);
  if (r.problems.length > 0) throw new PackError(source, r.problems);
  return pack;
}

function parseRange(
  r: Reader,
  v: Json,
  path: string,
): readonly [number | null, number | null] | undefined {
  const a = r.arr(v, path);
  const ok =
    a.length === 2 && a.every((x) => x === null || (typeof x === "number" && Number.isFinite(x)));
  if (!ok) {
    r.problems.push(`${path} must be [min, max] with numbers or null`);
    return undefined;
  }
  return [a[0] as number | null, a[1] as number | null];
}

/** The checks that span the pack: unique names, references that resolve, usable placeholder names. */
function crossCheck(pack: Pack, problems: string[]): void {
  const leaves = leafCategories(pack);
  const leafIds = new Set(leaves.map((l) => l.category.id));
  const seen = new Map<string, string>();
  const claim = (name: string, what: string) => {
    if (!name) return;
    if (!isPlainName(name) || isForbiddenName(name)) {
      problems.push(
        `${what} "${name}" cannot be used as a placeholder name (no spaces or | . : , { } quotes)`,
      );
    }
    const prev = seen.get(name);
    if (prev) problems.push(`${what} "${name}" is also used by ${prev}`);
    else seen.set(name, what);
  };
  pack.info.forEach((f) => claim(f.key, "info key"));
  leaves.forEach((l) => claim(l.short, `category ${l.category.id}`));
  const allIds = new Set<string>();
  const walk = (cats: readonly PackCategory[]) =>
    cats.forEach((c) => {
      if (allIds.has(c.id)) problems.push(`category id "${c.id}" is used twice`);
      allIds.add(c.id);
      if (c.children) walk(c.children);
    });
  walk(pack.categories);
  if (leaves.length === 0) problems.push("categories must hold at least one category");

  const numeric = new Set<string>();
  pack.metrics.forEach((m, i) => {
    claim(m.code, `metrics[${i}].code`);
    claim(m.name, `metrics[${i}].name`);
    if (m.category && !leafIds.has(m.category)) {
      problems.push(`metrics[${i}].category "${m.category}" is not a category without children`);
    }
    if (m.kind === "count" || m.kind === "amount" || m.kind === "rate") numeric.add(m.code);
    if (m.range && m.range[0] !== null && m.range[1] !== null && m.range[0] > m.range[1]) {
      problems.push(`metrics[${i}].range has min > max`);
    }
  });
  pack.rules.forEach((rule, i) => {
    for (const code of [...rule.left, ...rule.right]) {
      if (!numeric.has(code))
        problems.push(`rules[${i}] uses "${code}", which is not a numeric metric`);
    }
    if (rule.left.length === 0 || rule.right.length === 0)
      problems.push(`rules[${i}] needs both sides`);
  });
  for (const f of ["单位名称", "报告年度", "统计截止日期"]) {
    if (!pack.info.some((x) => x.key === f)) problems.push(`info must include ${f}`);
  }
}
