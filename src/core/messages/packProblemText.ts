import type { PackProblem } from "../packs/packProblem";
import type { Locale } from "./locale";

type Args = PackProblem["args"];
const s = (v: string | number | undefined) => (v === undefined ? "" : String(v));

/** Each JSON Schema keyword and cross-check of a pack, as a pack author reads it. */
const WORDS: Readonly<Record<string, Readonly<Record<Locale, (a: Args) => string>>>> = {
  required: {
    "zh-CN": (a) => `缺少 "${s(a.missingProperty)}"`,
    "en-US": (a) => `"${s(a.missingProperty)}" is missing`,
  },
  additionalProperties: {
    "zh-CN": (a) => `不认识 "${s(a.additionalProperty)}"（拼写错了吗？）`,
    "en-US": (a) => `"${s(a.additionalProperty)}" is not a known field (a typo?)`,
  },
  type: { "zh-CN": (a) => `应为 ${s(a.type)}`, "en-US": (a) => `must be ${s(a.type)}` },
  enum: {
    "zh-CN": (a) => `只能是 ${s(a.allowedValues)} 之一`,
    "en-US": (a) => `must be one of ${s(a.allowedValues)}`,
  },
  pattern: {
    "zh-CN": () =>
      "写法不对：不能为空，名称中不能有空格、| . : , { } 或引号，id 只用小写字母、数字和 -",
    "en-US": () =>
      "is malformed: not empty, names without spaces, | . : , { } or quotes, ids in lower-case letters, digits and -",
  },
  minimum: {
    "zh-CN": (a) => `不能小于 ${s(a.limit)}`,
    "en-US": (a) => `must be at least ${s(a.limit)}`,
  },
  minItems: {
    "zh-CN": (a) => `至少要有 ${s(a.limit)} 项`,
    "en-US": (a) => `needs at least ${s(a.limit)} item(s)`,
  },
  maxItems: {
    "zh-CN": (a) => `最多 ${s(a.limit)} 项`,
    "en-US": (a) => `takes at most ${s(a.limit)} item(s)`,
  },
  duplicate_name: {
    "zh-CN": (a) => `"${s(a.name)}" 与 ${s(a.other)} 重名（全角半角视为相同）`,
    "en-US": (a) =>
      `"${s(a.name)}" is also used by ${s(a.other)} (full- and half-width count as the same)`,
  },
  duplicate_id: {
    "zh-CN": (a) => `id "${s(a.id)}" 用了两次`,
    "en-US": (a) => `the id "${s(a.id)}" is used twice`,
  },
  unknown_category: {
    "zh-CN": (a) => `"${s(a.category)}" 不是没有下级的部分`,
    "en-US": (a) => `"${s(a.category)}" is not a part without children`,
  },
  leaf_needs_short: {
    "zh-CN": () => '没有下级的部分要写 "short"（工作表名）',
    "en-US": () => 'a part without children needs "short" (its sheet name)',
  },
  rule_not_numeric: {
    "zh-CN": (a) => `用到的 "${s(a.code)}" 不是数字指标`,
    "en-US": (a) => `uses "${s(a.code)}", which is not a numeric metric`,
  },
  range_order: { "zh-CN": () => "下限大于上限", "en-US": () => "min is greater than max" },
  missing_role: {
    "zh-CN": (a) => `要有一行的 "role" 为 "${s(a.role)}"`,
    "en-US": (a) => `needs a row whose "role" is "${s(a.role)}"`,
  },
  duplicate_role: {
    "zh-CN": (a) => `"role": "${s(a.role)}" 只能有一行`,
    "en-US": (a) => `only one row may have "role": "${s(a.role)}"`,
  },
  role_kind: {
    "zh-CN": (a) => `"role": "${s(a.role)}" 的 "kind" 应为 "${s(a.kind)}"`,
    "en-US": (a) => `"role": "${s(a.role)}" needs "kind": "${s(a.kind)}"`,
  },
  items_on_parent: {
    "zh-CN": () => '只有没有下级的部分才能写 "defaultItems"',
    "en-US": () => 'only a part without children can have "defaultItems"',
  },
  duplicate_heading: {
    "zh-CN": (a) => `部分 "${s(a.category)}" 的小标题行写了两次`,
    "en-US": (a) => `the part "${s(a.category)}" has two heading rows`,
  },
  formula_not_numeric: {
    "zh-CN": (a) => `"${s(a.code)}" 不是数字指标，不能用公式计算`,
    "en-US": (a) => `"${s(a.code)}" is not a numeric metric, so it cannot have a formula`,
  },
  formula_syntax: {
    "zh-CN": (a) =>
      `公式 "${s(a.formula)}" 在第 ${s(a.at)} 个字处写法有误：只能用指标编码或名称、数字、+ − × ÷ 和括号`,
    "en-US": (a) =>
      `the formula "${s(a.formula)}" is malformed at character ${s(a.at)}: use metric codes or names, numbers, + − × ÷ and parentheses`,
  },
  formula_unknown: {
    "zh-CN": (a) => `公式中的 "${s(a.name)}" 不是本报告的数字指标`,
    "en-US": (a) => `"${s(a.name)}" in the formula is not a numeric metric of this pack`,
  },
  formula_cycle: {
    "zh-CN": (a) => `"${s(a.code)}" 的公式绕回了它自己`,
    "en-US": (a) => `the formula of "${s(a.code)}" comes back to itself`,
  },
  template_not_in_folder: {
    "zh-CN": (a) =>
      `"${s(a.template)}" 应是放在 pack.json 同一文件夹里的 .docx 文件名，不能带路径（如 "template.docx"）`,
    "en-US": (a) =>
      `"${s(a.template)}" must be the name of a .docx file in the same folder as pack.json, with no path (such as "template.docx")`,
  },
  forbidden_name: {
    "zh-CN": (a) => `"${s(a.name)}" 不能用作名称`,
    "en-US": (a) => `"${s(a.name)}" cannot be used as a name`,
  },
  table_twice: {
    "zh-CN": (a) => `部分 "${s(a.category)}" 已有一张表`,
    "en-US": (a) => `the part "${s(a.category)}" already has a table`,
  },
  cell_outside: {
    "zh-CN": (a) => `第 ${s(a.row)} 行第 ${s(a.col)} 列的格子超出了表宽（${s(a.width)} 列）`,
    "en-US": (a) =>
      `the cell at row ${s(a.row)}, column ${s(a.col)} reaches past the table's ${s(a.width)} columns`,
  },
  cell_overlap: {
    "zh-CN": (a) => `与 ${s(a.other)} 在第 ${s(a.row)} 行第 ${s(a.col)} 列重叠`,
    "en-US": (a) => `overlaps ${s(a.other)} at row ${s(a.row)}, column ${s(a.col)}`,
  },
  cell_gap: {
    "zh-CN": (a) =>
      `第 ${s(a.row)} 行第 ${s(a.col)} 列没有格子（每个位置都要有，空着的写 "blank": true）`,
    "en-US": (a) =>
      `nothing covers row ${s(a.row)}, column ${s(a.col)} (every position needs a cell; an empty one is "blank": true)`,
  },
  header_rows: {
    "zh-CN": (a) => `表只有 ${s(a.rows)} 行`,
    "en-US": (a) => `the table has only ${s(a.rows)} rows`,
  },
  table_unknown_metric: {
    "zh-CN": (a) => `"${s(a.code)}" 不是本报告的指标编码`,
    "en-US": (a) => `"${s(a.code)}" is not a metric code of this pack`,
  },
  table_metric_elsewhere: {
    "zh-CN": (a) => `"${s(a.code)}" 应是部分 "${s(a.category)}" 的数字指标`,
    "en-US": (a) => `"${s(a.code)}" must be a numeric metric of the part "${s(a.category)}"`,
  },
  table_metric_twice: {
    "zh-CN": (a) => `"${s(a.code)}" 在表中出现了两次`,
    "en-US": (a) => `"${s(a.code)}" is in the table twice`,
  },
  table_metric_unplaced: {
    "zh-CN": (a) => `"${s(a.code)}" 属于有表的部分，但表 "${s(a.table)}" 里没有它的格子`,
    "en-US": (a) =>
      `"${s(a.code)}" belongs to a part with a table, but the table "${s(a.table)}" has no cell for it`,
  },
  relation_unknown: {
    "zh-CN": (a) => `用到的 "${s(a.code)}" 不是这张表里的格子`,
    "en-US": (a) => `uses "${s(a.code)}", which is not a cell of this table`,
  },
  relation_empty_side: {
    "zh-CN": () => '右边为空表示 0，只能和 "==" 一起用',
    "en-US": () => 'an empty side means 0 and goes only with "=="',
  },
  relation_when_unknown: {
    "zh-CN": (a) => `"${s(a.key)}" 不是报告信息中填“是/否”的一行（kind 为 yesNo）`,
    "en-US": (a) => `"${s(a.key)}" is not a 是/否 row of 报告信息 (kind yesNo)`,
  },
  cell_kind: {
    "zh-CN": () => '每个格子写 "text"、"metric" 或 "blank" 其中之一',
    "en-US": () => 'each cell has exactly one of "text", "metric" or "blank"',
  },
  const: { "zh-CN": () => "只能是 true", "en-US": () => "must be true" },
  exclusiveMinimum: {
    "zh-CN": (a) => `要大于 ${s(a.limit)}`,
    "en-US": (a) => `must be more than ${s(a.limit)}`,
  },
  maximum: {
    "zh-CN": (a) => `不能大于 ${s(a.limit)}`,
    "en-US": (a) => `must be at most ${s(a.limit)}`,
  },
};

export function packProblemText(p: PackProblem, locale: Locale): string {
  const w = WORDS[p.code];
  const what = w ? w[locale](p.args) : p.code;
  return p.path ? `${p.path} ${what}` : what;
}
