import type { Issue } from "../issues/issue.types";
import { unescapeXml } from "../docx/xmlText";

/** What docxtemplater's error ids mean to somebody editing the template in Word. */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  unclosed_tag: ["标签没有闭合，请在标签末尾补上“}”", "the tag is not closed: add }"],
  unopened_tag: [
    "多了一个“}”，请删除它或在前面补上“{”",
    "a } has no matching {: remove it or add {",
  ],
  duplicate_open_tag: ["出现了“{{”，请删除多余的“{”", "{{ found: remove one {"],
  duplicate_close_tag: ["出现了“}}”，请删除多余的“}”", "}} found: remove one }"],
  unclosed_loop: [
    "循环或条件没有结束标签，请在应结束处补上 {/名称}",
    "the section has no {/name}: add it where it ends",
  ],
  unopened_loop: ["结束标签没有对应的开始标签 {#名称}", "this closing tag has no {#name}"],
  closing_tag_does_not_match_opening_tag: [
    "结束标签与开始标签的名称不一致",
    "the closing tag does not match the opening tag",
  ],
  unbalanced_loop_tags: [
    "循环标签交叉嵌套，请让每个 {/名称} 先结束最内层的循环",
    "sections overlap: close the innermost first",
  ],
  raw_xml_tag_should_be_only_text_in_paragraph: [
    "{@…} 标签必须独占一段",
    "a {@…} tag must be alone in its paragraph",
  ],
};

const PART_NAMES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/document\.xml$/, "正文", "body"],
  [/header\d*\.xml$/, "页眉", "header"],
  [/footer\d*\.xml$/, "页脚", "footer"],
];

export function partNames(file: string | undefined): { part: string; partEn: string } {
  for (const [re, zh, en] of PART_NAMES) if (file && re.test(file)) return { part: zh, partEn: en };
  return { part: file ?? "", partEn: file ?? "" };
}

/** The visible text of one XML part, as docxtemplater counts offsets in it. */
export function partText(xml: string): string {
  let s = "";
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) s += unescapeXml(m[1] ?? "");
  return s;
}

export function contextAround(text: string, offset: number | undefined): string {
  if (offset === undefined || offset < 0) return "";
  return text.slice(Math.max(0, offset - 12), offset + 18).replace(/\s+/g, " ");
}

interface DxtErrorLike {
  message?: string;
  properties?: {
    id?: string;
    xtag?: string;
    file?: string;
    offset?: number;
    explanation?: string;
    rootError?: { message?: string; reason?: string };
    errors?: DxtErrorLike[];
  };
}

/** One readable TEMPLATE_SYNTAX issue per bad tag, from docxtemplater's (multi-)error. */
export function templateIssuesFromError(error: unknown, textOf: (file: string) => string): Issue[] {
  const e = error as DxtErrorLike;
  const list = e.properties?.errors?.length ? e.properties.errors : [e];
  return list.map((sub): Issue => {
    const p = sub.properties ?? {};
    const known = p.id ? REASONS[p.id] : undefined;
    const root = p.rootError as { reason?: string; message?: string } | undefined;
    const reason =
      known?.[0] ?? root?.reason ?? root?.message ?? p.explanation ?? sub.message ?? "无法解析";
    const reasonEn =
      known?.[1] ?? root?.message ?? p.explanation ?? sub.message ?? "cannot be parsed";
    const { part, partEn } = partNames(p.file);
    const tag = (p.xtag ?? "").slice(0, 30);
    const context = p.file ? contextAround(textOf(p.file), p.offset) : "";
    return {
      code: "TEMPLATE_SYNTAX",
      severity: "error",
      location: { kind: "template", part, tag, context },
      args: { part, partEn, tag, reason, reasonEn, context },
    };
  });
}
