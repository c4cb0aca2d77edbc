import { present } from "../errors/present";
import type PizZip from "pizzip";
import { findEndTag, findStartTag } from "../xml/xmlNames";

/**
 * A report's fingerprint: a hash of every part of the package as generated — body, styles,
 * headers, footers, relationships, media, the list of parts itself — kept in the document's
 * custom properties (the one part it cannot cover). A report whose parts no longer match was
 * changed after it was generated — by hand, or by a plain re-save in Word or WPS — and must not be
 * replaced without being asked. No time or machine goes into it, so the same input still gives
 * the same bytes.
 *
 * Reports written by earlier versions carry a fingerprint of their body only, under another
 * property name; it is still honoured for them.
 */
const FINGERPRINT_PROPERTY = "ReportAssemblerPackageFingerprint";
/** the body-only fingerprint of earlier versions */
const BODY_FINGERPRINT_PROPERTY = "ReportAssemblerFingerprint";

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** Two independent 32-bit FNV-1a style hashes, fed text (UTF-16 code units) and bytes alike. */
class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x9e3779b9;

  // the loops keep the state in locals: a report's body is hundreds of thousands of units, and
  // a method call per unit costs several times the loop itself until the JIT has inlined it
  text(s: string): this {
    let { a, b } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    let { a, b } = this;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i] ?? 0;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  hex(): string {
    return `${(this.a >>> 0).toString(16).padStart(8, "0")}${(this.b >>> 0).toString(16).padStart(8, "0")}`;
  }
}

/** The fingerprint of one text: what earlier versions stored for the body. */
export function fingerprintOf(text: string): string {
  return new Hasher().text(text).hex();
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);
const decoder = new TextDecoder("utf-8");

/**
 * The fingerprint of a package's parts, the custom properties aside. XML parts count as their
 * text (what was generated, before it was encoded), others as their bytes; parts in name order,
 * each name included, so that a part added, removed or renamed changes it too.
 */
function packageFingerprint(parts: ReadonlyMap<string, string | Uint8Array>): string {
  const h = new Hasher();
  for (const name of [...parts.keys()].sort()) {
    if (name === CUSTOM_PART) continue;
    const content = present(parts.get(name), name);
    h.text(name).text("\u0000");
    if (typeof content === "string") h.text(content);
    else if (isXml(name)) h.text(decoder.decode(content));
    else h.bytes(content);
    h.text("\u0000");
  }
  return h.hex();
}

function propertyXml(prefix: string, pid: number, value: string): string {
  return (
    `<${prefix}property fmtid="${FMTID}" pid="${pid}" name="${FINGERPRINT_PROPERTY}">` +
    `<vt:lpwstr xmlns:vt="${VT_NS}">${value}</vt:lpwstr></${prefix}property>`
  );
}

/** A property element of `name` (any prefix), whole, or null. */
function propertyElement(xml: string, name: string): RegExpExecArray | null {
  return new RegExp(
    `<([\\w.-]+:)?property\\b[^>]*\\sname\\s*=\\s*"${name}"[^>]*>[\\s\\S]*?</\\1?property\\s*>`,
  ).exec(xml);
}

/** custom.xml with the fingerprint in it, keeping every other property as it was. */
function withFingerprint(existing: string | null, value: string): string {
  const root = existing ? findStartTag(existing, "Properties") : null;
  if (!existing || !root) {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">` +
      `${propertyXml("", 2, value)}</Properties>`
    );
  }
  let xml = existing;
  for (const name of [FINGERPRINT_PROPERTY, BODY_FINGERPRINT_PROPERTY]) {
    for (let m = propertyElement(xml, name); m; m = propertyElement(xml, name))
      xml = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  }
  const at = present(findStartTag(xml, "Properties"), "the custom properties' root");
  const pids = [...xml.matchAll(/\spid\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  const property = propertyXml(at.prefix, Math.max(1, ...pids) + 1, value);
  if (at.selfClosing) {
    // <Properties xmlns="…"/>: opened, the property put in, closed
    const open = xml.slice(at.start, at.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, at.start)}${open}${property}</${at.prefix}Properties>${xml.slice(at.end)}`;
  }
  const close = findEndTag(xml, `${at.prefix}Properties`, at.end);
  if (close < 0) return withFingerprint(null, value);
  return xml.slice(0, close) + property + xml.slice(close);
}

/** Registers the custom-properties part in the content types and the package relationships. */
function registerCustomPart(zip: PizZip): void {
  const types = zip.file("[Content_Types].xml")?.asText() ?? "";
  if (!/PartName\s*=\s*"\/docProps\/custom\.xml"/i.test(types)) {
    const root = findStartTag(types, "Types");
    const close = root ? findEndTag(types, `${root.prefix}Types`, root.end) : -1;
    if (root && close >= 0)
      zip.file(
        "[Content_Types].xml",
        `${types.slice(0, close)}<${root.prefix}Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/>${types.slice(close)}`,
      );
  }
  const rels = zip.file("_rels/.rels")?.asText() ?? "";
  if (!rels.includes(CUSTOM_REL)) {
    const root = findStartTag(rels, "Relationships");
    const close = root ? findEndTag(rels, `${root.prefix}Relationships`, root.end) : -1;
    if (root && close >= 0) {
      const ids = [...rels.matchAll(/\sId\s*=\s*"rId(\d+)"/g)].map((m) => Number(m[1]));
      const id = `rId${Math.max(0, ...ids) + 1}`;
      zip.file(
        "_rels/.rels",
        `${rels.slice(0, close)}<${root.prefix}Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/>${rels.slice(close)}`,
      );
    }
  }
}

/** The package's parts as the zip holds them: text for those generated as text. */
function zipParts(zip: PizZip): Map<string, string | Uint8Array> {
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    parts.set(name, isXml(name) ? f.asText() : f.asUint8Array());
  }
  return parts;
}

/** Writes the whole package's fingerprint into docProps/custom.xml, keeping any other property. */
export function stampFingerprint(zip: PizZip): void {
  registerCustomPart(zip);
  const value = packageFingerprint(zipParts(zip));
  zip.file(CUSTOM_PART, withFingerprint(zip.file(CUSTOM_PART)?.asText() ?? null, value));
}

/** The value of a fingerprint property in custom.xml, or null. */
function storedValue(custom: string, name: string): string | null {
  const m = propertyElement(custom, name);
  return m ? (/>\s*([0-9a-f]{16})\s*</.exec(m[0])?.[1] ?? null) : null;
}

/**
 * True only for a report generated here and not changed since: every part still matches the
 * fingerprint it carries (or, for a report of an earlier version, its body does).
 */
export function isUnchangedReport(parts: ReadonlyMap<string, Uint8Array>): boolean {
  const customBytes = parts.get(CUSTOM_PART);
  if (!customBytes) return false;
  const custom = decoder.decode(customBytes);
  const whole = storedValue(custom, FINGERPRINT_PROPERTY);
  if (whole !== null) return packageFingerprint(parts) === whole;
  const body = storedValue(custom, BODY_FINGERPRINT_PROPERTY);
  const document = parts.get("word/document.xml");
  return (
    body !== null && document !== undefined && fingerprintOf(decoder.decode(document)) === body
  );
}
