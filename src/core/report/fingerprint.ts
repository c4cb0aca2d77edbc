import type PizZip from "pizzip";

/**
 * A report's fingerprint: a hash of its body as generated, kept in the document's custom
 * properties. A report whose body no longer matches was changed after it was generated — by hand,
 * or by a plain re-save in Word or WPS — and must not be replaced without being asked. No time or
 * machine goes into it, so the same input still gives the same bytes.
 */
export const FINGERPRINT_PROPERTY = "ReportAssemblerFingerprint";
const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** Two independent 32-bit FNV-1a style hashes over the UTF-16 code units: 64 bits, hex. */
export function fingerprintOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

function propertyXml(pid: number, value: string): string {
  return `<property fmtid="${FMTID}" pid="${pid}" name="${FINGERPRINT_PROPERTY}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
}

/** Writes the fingerprint of word/document.xml into docProps/custom.xml, keeping any other property. */
export function stampFingerprint(zip: PizZip): void {
  const body = zip.file("word/document.xml")?.asText() ?? "";
  const value = fingerprintOf(body);
  const existing = zip.file(CUSTOM_PART)?.asText();
  let custom: string;
  if (existing && /<Properties[\s>]/.test(existing)) {
    const without = existing.replace(
      new RegExp(`<property [^>]*name="${FINGERPRINT_PROPERTY}"[^>]*>[\\s\\S]*?</property>`, "g"),
      "",
    );
    const pids = [...without.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
    const pid = Math.max(1, ...pids) + 1;
    custom = without.replace(/<\/Properties>\s*$/, `${propertyXml(pid, value)}</Properties>`);
  } else {
    custom =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `${propertyXml(2, value)}</Properties>`;
    const types = zip.file("[Content_Types].xml")?.asText() ?? "";
    if (!types.includes(`PartName="/${CUSTOM_PART}"`)) {
      zip.file(
        "[Content_Types].xml",
        types.replace(
          /<\/Types>\s*$/,
          `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`,
        ),
      );
    }
    const rels = zip.file("_rels/.rels")?.asText() ?? "";
    if (!rels.includes(CUSTOM_REL)) {
      const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
      const id = `rId${Math.max(0, ...ids) + 1}`;
      zip.file(
        "_rels/.rels",
        rels.replace(
          /<\/Relationships>\s*$/,
          `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`,
        ),
      );
    }
  }
  zip.file(CUSTOM_PART, custom);
}

/** The fingerprint a report carries, or null when it has none. */
export function storedFingerprint(zip: PizZip): string | null {
  const custom = zip.file(CUSTOM_PART)?.asText() ?? "";
  const m = new RegExp(
    `<property [^>]*name="${FINGERPRINT_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([0-9a-f]+)</vt:lpwstr>`,
  ).exec(custom);
  return m?.[1] ?? null;
}

/** True only for a report generated here and not changed since: its body still matches its fingerprint. */
export function isUnchangedReport(zip: PizZip): boolean {
  const stored = storedFingerprint(zip);
  const body = zip.file("word/document.xml")?.asText();
  return stored !== null && body !== undefined && fingerprintOf(body) === stored;
}
