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
};

export function packProblemText(p: PackProblem, locale: Locale): string {
  const w = WORDS[p.code];
  const what = w ? w[locale](p.args) : p.code;
  return p.path ? `${p.path} ${what}` : what;
}
