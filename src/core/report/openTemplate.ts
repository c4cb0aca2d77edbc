import Docxtemplater from "docxtemplater";
import InspectModule from "docxtemplater/js/inspect-module.js";
import PizZip from "pizzip";
import type { Issue, TemplatePlace } from "../issues/issue.types";
import { UserError } from "../errors/userError";
import { ExpressionError, parseExpression } from "../template/expression";
import { filterNames } from "../template/filters";
import { inspectTags, type SiteInOrder } from "../template/inspectTags";
import { normalizeBraces } from "../template/normalizeBraces";
import type { ScopeSchema } from "../template/scopeSchema";
import { problemsFromXtError, xtErrors } from "../template/syntaxProblems";
import { isWellFormed } from "../xml/wellFormed";
import { attribute } from "../xml/xmlNames";
import { openPackage } from "../zip/openPackage";
import { isXmlPart, type InflateRaw } from "../zip/zipDirectory";
import { contextAround, partText } from "./templateText";

/** A Word template that passed the guard and compiled: what check and generate both start from. */
export interface OpenedTemplate {
  /** every part, with full-width braces folded, as the renderer will read them */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  /** every tag in document order, per part */
  readonly sites: ReadonlyArray<SiteInOrder<TemplatePlace>>;
  /** tags that cannot be read at all; a template with any is never rendered */
  readonly syntax: readonly Issue[];
}

/**
 * The package's content types as docxtemplater takes them for granted (and Word requires): every
 * Default with its Extension and ContentType, every Override with its PartName and ContentType.
 */
function contentTypesOk(xml: string | undefined): boolean {
  if (xml === undefined) return false;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(Default|Override)\b[^>]*>/g)) {
    const key = m[1] === "Default" ? "Extension" : "PartName";
    if (attribute(m[0], key) === undefined || attribute(m[0], "ContentType") === undefined)
      return false;
  }
  return true;
}

/** docxtemplater's errors that mean the package itself is damaged. */
const DAMAGED_FILE: ReadonlySet<string> = new Set([
  "file_has_invalid_xml",
  "malformed_xml",
  "filetype_not_identified",
  "filetype_not_handled",
]);

/** Options both the inspection and the render compile with. */
export const DOCXTEMPLATER_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
  // The delimiter-change syntax ({=[[ ]]=}) would let text hide tags from the checks.
  syntax: { changeDelimiterPrefix: null },
} as const;

const TEXT_PART = /^word\/.*\.xml$/;

interface StructuredPart {
  readonly type: string;
  readonly value: string;
  readonly module?: string;
  readonly inverted?: boolean;
  readonly offset?: number;
  readonly subparsed?: readonly StructuredPart[];
}

function templateIssue(
  code: Issue["code"],
  file: string,
  tag: string,
  text: string,
  offset: number | undefined,
  args: Issue["args"],
): Issue {
  const context = contextAround(text, offset);
  return {
    code,
    severity: "error",
    location: { kind: "template", file, tag, context },
    args: { ...args, tag, file, context },
  };
}

/**
 * Opens a Word template the one way every path uses: the zip/DTD guard first (no parser touches
 * a bomb), then docxtemplater's compile, whose syntax faults become issues with the part and the
 * words around them. A file that is not a usable .docx at all is a UserError.
 */
export function openTemplate(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  name?: string,
): OpenedTemplate {
  // Every part is inflated by the guard, capped at its declared size; the zip the renderer reads
  // is built from those bytes, so nothing past the guard inflates anything.
  const where: Record<string, string> = name
    ? { role: "template", path: name }
    : { role: "template" };
  const damaged = () => new UserError("FILE_CORRUPT", where);
  const pkg = openPackage(bytes, inflateRaw, "docx", "template", name ? { path: name } : {});
  const zip = new PizZip();
  const files = new Map<string, string | Uint8Array>();
  const decoder = new TextDecoder("utf-8");
  for (const [part, data] of pkg.all()) {
    // a part docxtemplater parses must be XML it can parse: a damaged one is the file's fault
    if (isXmlPart(part) && !isWellFormed(decoder.decode(data))) throw damaged();
    if (TEXT_PART.test(part)) {
      const xml = normalizeBraces(decoder.decode(data));
      files.set(part, xml);
      zip.file(part, xml);
    } else {
      files.set(part, data);
      zip.file(part, data);
    }
  }
  const types = files.get("[Content_Types].xml");
  if (!contentTypesOk(types instanceof Uint8Array ? decoder.decode(types) : types)) throw damaged();
  const texts = new Map<string, string>();
  const textOf = (file: string) => {
    let t = texts.get(file);
    if (t === undefined) {
      const x = files.get(file);
      texts.set(file, (t = typeof x === "string" ? partText(x) : ""));
    }
    return t;
  };

  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, {
      ...DOCXTEMPLATER_OPTIONS,
      modules: [inspect],
      // Compile only. Placeholders are parsed here, so their faults come in one list with the
      // lexer's; sections are parsed by the static pass below.
      parser: (tag: string) => {
        parseExpression(tag, filterNames);
        return { get: () => "" };
      },
    });
  } catch (e) {
    // parts docxtemplater cannot parse as XML, or a package it cannot tell as a document: the
    // file is damaged, not its tags
    if (xtErrors(e).some((x) => DAMAGED_FILE.has(x.properties?.id ?? ""))) throw damaged();
    const syntax = problemsFromXtError(e).map((p) =>
      templateIssue(
        "TEMPLATE_SYNTAX",
        p.file ?? "word/document.xml",
        p.tag,
        textOf(p.file ?? ""),
        p.offset,
        {
          reason: p.reason,
          ...p.args,
        },
      ),
    );
    return { files, sites: [], syntax };
  }

  const sites: Array<SiteInOrder<TemplatePlace>> = [];
  const syntax: Issue[] = [];
  for (const file of inspect.getTemplatedFiles()) {
    // a part the content types name but the package lacks was never compiled: nothing to read
    if (!TEXT_PART.test(file) || !files.has(file)) continue;
    const walk = (parts: readonly StructuredPart[]) => {
      for (const p of parts) {
        if (p.type !== "placeholder") continue;
        const prefix = p.module === "loop" ? (p.inverted ? "^" : "#") : "";
        const raw = `${prefix}${p.module === "rawxml" ? "@" : ""}${p.value}`;
        const place: TemplatePlace = {
          kind: "template",
          file,
          tag: raw,
          context: contextAround(textOf(file), p.offset),
        };
        try {
          const expr = parseExpression(p.value, filterNames);
          sites.push({ raw, prefix, expr, place });
          if (p.subparsed) {
            walk(p.subparsed);
            sites.push({ raw: `/${p.value}`, prefix: "/", expr, place });
          }
        } catch (e) {
          if (!(e instanceof ExpressionError)) throw e;
          syntax.push(
            templateIssue("TEMPLATE_SYNTAX", file, raw, textOf(file), p.offset, {
              reason: e.reason,
              ...e.args,
            }),
          );
          if (p.subparsed) walk(p.subparsed);
        }
      }
    };
    walk(inspect.getStructuredTags(file));
  }
  return { files, sites, syntax };
}

/** Every fault of a template against a pack's names: syntax, unknown names, misused forms. */
export function checkTemplateTags(template: OpenedTemplate, schema: ScopeSchema): Issue[] {
  const issues = [...template.syntax];
  for (const f of inspectTags(template.sites, schema)) {
    const { file, tag, context } = f.place;
    const base = { kind: "template" as const, file, tag, context };
    issues.push(
      f.kind === "unknown"
        ? {
            code: "TEMPLATE_UNKNOWN_NAME",
            severity: "error",
            location: base,
            args: { tag: f.raw, name: f.name, file, context },
          }
        : {
            code: "TEMPLATE_FILTER_MISUSE",
            severity: "error",
            location: base,
            args: { tag: f.raw, file, context, ...f.problem },
          },
    );
  }
  // One issue per distinct tag and fault: a tag repeated on every page is said once.
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.args.tag, i.args.reason ?? i.args.problem ?? ""]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
