import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import type { Issue } from "../issues/issue.types";
import { FIXED_ZIP_DATE } from "../docx/fixedZipDate";
import { escapeXml } from "../docx/xmlText";
import { parseExpression } from "../template/expression";
import { applyFilters, lookupPath, toSectionValue, toText } from "../template/evaluate";
import { filterNames } from "../template/filters";
import { Gap, type TemplateValue } from "../template/templateValues";
import { highlightMarkers } from "./highlightMarkers";
import { contextAround, partNames, partText, templateIssuesFromError } from "./templateErrors";

export type RenderOutcome =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly markers: number;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

interface Part {
  value: string;
  module?: string;
  offset?: number;
}

interface ParserContext {
  meta: { part: Part };
}

const XML_PARTS = /^word\/(document|header\d*|footer\d*)\.xml$/;

function openTemplate(bytes: Uint8Array): PizZip | Issue {
  try {
    const zip = new PizZip(bytes);
    if (!zip.file("word/document.xml")) throw new Error("不是 Word 文档（缺少 word/document.xml）");
    // OOXML never declares a document type; one here could only be an entity-expansion attack.
    for (const name of Object.keys(zip.files)) {
      if (
        XML_PARTS.test(name) &&
        /<!DOCTYPE|<!ENTITY/i.test(zip.file(name)?.asText().slice(0, 65_536) ?? "")
      ) {
        throw new Error("含有不允许的 XML 文档类型声明");
      }
    }
    return zip;
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 80) : "未知错误";
    return {
      code: "TEMPLATE_UNREADABLE",
      severity: "error",
      location: { kind: "workbook" },
      args: { reason },
    };
  }
}

/**
 * Template + data → .docx. The template's tags go through the engine's own placeholder parser
 * (no JavaScript evaluation); names nobody defined become visible 【未知字段】 markers and issues;
 * every marker is highlighted. Either the whole document comes back or issues do, never a part.
 */
export function renderReport(
  templateBytes: Uint8Array,
  data: Record<string, TemplateValue>,
): RenderOutcome {
  const zip = openTemplate(templateBytes);
  if (!(zip instanceof PizZip)) return { ok: false, issues: [zip] };
  const textCache = new Map<string, string>();
  const textOf = (file: string) => {
    if (!textCache.has(file)) textCache.set(file, partText(zip.file(file)?.asText() ?? ""));
    return textCache.get(file) as string;
  };

  const unknown: Issue[] = [];
  const parser = (tag: string) => {
    const expr = parseExpression(tag, filterNames);
    return {
      get(scope: unknown, context: ParserContext): unknown {
        const found =
          expr.path.length === 0 ? (scope as TemplateValue) : lookupPath(scope, expr.path);
        // undefined lets docxtemplater look in the enclosing scopes (the item, then the report)
        if (found === undefined || found === null) return undefined;
        const value = applyFilters(found, expr);
        const module = context.meta.part.module;
        if (module === "loop") return toSectionValue(value);
        // {@…} would insert raw XML; here it can only ever insert text.
        if (module === "rawxml")
          return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(toText(value))}</w:t></w:r></w:p>`;
        return toText(value);
      },
    };
  };

  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      parser,
      syntax: { changeDelimiterPrefix: null },
      nullGetter(part: Part) {
        const name = part.value.split("|")[0]?.trim() ?? part.value;
        const { part: where, partEn } = partNames("word/document.xml");
        const context = contextAround(textOf("word/document.xml"), part.offset);
        unknown.push({
          code: "TEMPLATE_UNKNOWN_NAME",
          severity: "error",
          location: { kind: "template", part: where, tag: part.value.slice(0, 30), context },
          args: {
            part: where,
            partEn,
            tag: part.value.slice(0, 30),
            name: name.replace(/^[#^/]/, ""),
          },
        });
        return part.module ? "" : new Gap(name, "unknown").marker;
      },
    });
    doc.render(data);
  } catch (e) {
    return { ok: false, issues: templateIssuesFromError(e, textOf) };
  }

  const out = doc.getZip();
  let markers = 0;
  for (const name of Object.keys(out.files)) {
    if (!XML_PARTS.test(name)) continue;
    const file = out.file(name);
    if (!file) continue;
    const { xml, count } = highlightMarkers(file.asText());
    markers += count;
    if (count > 0) out.file(name, xml);
  }
  // docxtemplater stamps the parts it rewrites with the current time; the same data must give
  // the same bytes, so every entry carries one fixed date.
  for (const f of Object.values(out.files)) (f as { date: Date }).date = FIXED_ZIP_DATE;
  const bytes = out.generate({ type: "uint8array", compression: "DEFLATE" });
  return { ok: true, bytes, markers, issues: dedupe(unknown) };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${String(i.args.tag)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
