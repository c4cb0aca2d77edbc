import type { Locale } from "./locale";
import { q } from "./quote";
import { isSyntaxReason, type SyntaxReason } from "../template/syntaxReasons";

type Args = Readonly<Record<string, string | number>>;
type Words = Readonly<Record<Locale, (a: Args) => string>>;

/**
 * Why a tag cannot be read, in the words of somebody editing a sentence or a Word template: the
 * ids come from docxtemplater's lexer and parser (unclosed_tag, …) and from the placeholder
 * language (expression.ts) and its filters (filterSpecs.ts).
 */
export const SYNTAX_REASONS: Readonly<Record<SyntaxReason, Words>> = {
  unclosed_tag: {
    "zh-CN": () => "左花括号“{”没有配对的右花括号：请在名称后补上“}”",
    "en-US": () => "the { has no closing }: add } after the name",
  },
  unopened_tag: {
    "zh-CN": () => "多了一个右花括号“}”：请删除它，或在名称前补上“{”",
    "en-US": () => "a } has no opening {: remove it or add { before the name",
  },
  duplicate_open_tag: {
    "zh-CN": () => "连写了两个“{”：请只保留一个",
    "en-US": () => "two { in a row: keep one",
  },
  duplicate_close_tag: {
    "zh-CN": () => "连写了两个“}”：请只保留一个",
    "en-US": () => "two } in a row: keep one",
  },
  unclosed_loop: {
    "zh-CN": (a) => `条件 {#${a.name}} 没有结束：请在条件内容之后写上 {/${a.name}}`,
    "en-US": (a) => `the condition {#${a.name}} never ends: write {/${a.name}} after its text`,
  },
  unopened_loop: {
    "zh-CN": (a) => `{/${a.name}} 前面没有对应的 {#${a.name}}：请补上开头或删除它`,
    "en-US": (a) => `{/${a.name}} has no {#${a.name}} before it: add the opening or remove it`,
  },
  closing_tag_does_not_match_opening_tag: {
    "zh-CN": (a) => `开头是 {#${a.name}}，结尾却是 {/${a.other}}：两处的名称要一致`,
    "en-US": (a) => `it opens with {#${a.name}} but closes with {/${a.other}}: use the same name`,
  },
  unbalanced_loop_tags: {
    "zh-CN": () => "几个条件交叉了：请先结束后开始的那个条件",
    "en-US": () => "conditions overlap: close the one opened last first",
  },
  raw_xml_tag_should_be_only_text_in_paragraph: {
    "zh-CN": () => "以“@”开头的标记必须单独成段：请删除“@”",
    "en-US": () => "a tag starting with @ must be alone in its paragraph: remove the @",
  },
  empty: {
    "zh-CN": () => "花括号里是空的：请写上名称，如 {单位名称}",
    "en-US": () => "the braces are empty: write a name in them, such as {单位名称}",
  },
  unclosed_quote: {
    "zh-CN": () => "引号没有配对：请补上另一半引号或删除它",
    "en-US": () => "a quote mark is not closed: add the other one or remove it",
  },
  bad_argument: {
    "zh-CN": (a) => `冒号后的${q(a.arg ?? "", "zh-CN")}看不懂：这里应写数字，如 {新收案件|同比:2}`,
    "en-US": (a) =>
      `${q(a.arg ?? "", "en-US")} after the colon is not understood: write a number, as in {新收案件|同比:2}`,
  },
  empty_segment: {
    "zh-CN": () => "名称里有多余的“.”：请删除",
    "en-US": () => "the name has a stray “.”: remove it",
  },
  forbidden_name: {
    "zh-CN": (a) => `${q(a.name ?? "", "zh-CN")}不能用作名称：请改用指标或字段的名称`,
    "en-US": (a) =>
      `${q(a.name ?? "", "en-US")} cannot be used as a name: use a metric's or field's name`,
  },
  bad_character: {
    "zh-CN": (a) => `名称${q(a.name ?? "", "zh-CN")}里有空格、逗号或冒号：请删除这些符号`,
    "en-US": (a) =>
      `the name ${q(a.name ?? "", "en-US")} contains a space, comma or colon: remove it`,
  },
  unknown_filter: {
    "zh-CN": (a) => `竖线后的${q(a.filter ?? "", "zh-CN")}不是可用的写法：可用的有 ${a.known}`,
    "en-US": (a) =>
      `${q(a.filter ?? "", "en-US")} after the bar is not a known form: use one of ${String(
        a.known ?? "",
      )
        .split(" ")
        .map((f) => q(f, "en-US"))
        .join(" ")}`,
  },
  double_braces: {
    "zh-CN": () => "连写了两层花括号：每个名称只用一对 { }",
    "en-US": () => "double braces: each name takes one pair of { }",
  },
} as const satisfies Readonly<Record<string, Words>>;

export function syntaxReasonText(id: string, args: Args, locale: Locale): string {
  return isSyntaxReason(id) ? SYNTAX_REASONS[id][locale](args) : id;
}
