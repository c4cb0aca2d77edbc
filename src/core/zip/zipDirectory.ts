/**
 * A zip archive's table of contents, read before anything is inflated, and the low-level checks
 * every part passes: the sizes the archive declares (all parts together, each against its
 * compressed size), the number of entries, encryption, and no document type declaration in an
 * XML part. Only `openPackage` uses these; readers and writers go through it.
 */

export interface ZipLimits {
  /** the file itself */
  readonly maxFileBytes: number;
  /** all parts once inflated */
  readonly maxInflatedBytes: number;
  readonly maxEntries: number;
  /** inflated ÷ compressed, for parts over 1 MiB inflated */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 1_000,
};

export type ZipVerdict =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly reason: ZipRefusal; readonly detail?: string };

export type ZipRefusal =
  | "empty"
  | "too-large"
  | "encrypted-or-xls"
  | "not-a-zip"
  | "truncated"
  | "word-document"
  | "not-a-workbook"
  | "excel-workbook"
  | "not-a-document"
  | "bomb"
  | "dtd"
  | "corrupt";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly inflatedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/**
 * Inflates raw DEFLATE data: null once the output would exceed maxOutput bytes (without ever
 * holding more than that), a thrown error for data that is not valid DEFLATE.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array | null;

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

function findEndOfCentralDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 65_535);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * The archive's table of contents, checked before anything is inflated: entry count, the sizes
 * the entries declare (all of them together, and each against its compressed size), encryption.
 */
export function readZipDirectory(
  b: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipVerdict {
  if (b.length === 0) return { ok: false, reason: "empty" };
  if (b.length > limits.maxFileBytes) return { ok: false, reason: "too-large" };
  // OLE compound files: an encrypted OOXML package or a legacy .xls
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return { ok: false, reason: "encrypted-or-xls" };
  if (!(b[0] === 0x50 && b[1] === 0x4b)) return { ok: false, reason: "not-a-zip" };
  const cd = readCentralDirectory(b, limits);
  if (!cd.ok) return cd;
  let total = 0;
  for (const e of cd.entries) {
    if (e.encrypted) return { ok: false, reason: "encrypted-or-xls" };
    total += e.inflatedSize;
    if (total > limits.maxInflatedBytes)
      return { ok: false, reason: "bomb", detail: "declared size" };
    if (
      e.inflatedSize > 1024 * 1024 &&
      e.inflatedSize / Math.max(1, e.compressedSize) > limits.maxRatio
    )
      return { ok: false, reason: "bomb", detail: e.name };
  }
  return cd;
}

/** Whether a part is XML (and so may carry a document type declaration) by its name. */
export const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * One part, inflated no further than the size it declares, and refused unless it inflates to
 * exactly that size: a header that lies (smaller, or 0) is a damaged or hostile archive, and the
 * cap means it never costs more memory than it owned up to. An XML part must have no document
 * type declaration before its root.
 */
export function readZipPart(
  b: Uint8Array,
  e: ZipEntry,
  inflateRaw: InflateRaw,
): { ok: true; data: Uint8Array } | { ok: false; reason: ZipRefusal; detail: string } {
  const data = entryData(b, e);
  if (!data) return { ok: false, reason: "truncated", detail: e.name };
  let out: Uint8Array | null;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRaw(data, e.inflatedSize);
    } catch {
      return { ok: false, reason: "corrupt", detail: e.name };
    }
  } else return { ok: false, reason: "corrupt", detail: `${e.name}: method ${e.method}` };
  if (out === null || out.length !== e.inflatedSize)
    return { ok: false, reason: "corrupt", detail: `${e.name}: size` };
  if (isXmlPart(e.name)) {
    const prolog = checkProlog(out);
    if (prolog !== "ok") return { ok: false, reason: prolog, detail: e.name };
  }
  return { ok: true, data: out };
}

function readCentralDirectory(b: Uint8Array, limits: ZipLimits): ZipVerdict {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) return { ok: false, reason: "truncated" };
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return { ok: false, reason: "too-large", detail: "zip64" };
  if (count > limits.maxEntries) return { ok: false, reason: "bomb", detail: `${count} entries` };
  if (cdOffset + cdSize > b.length) return { ok: false, reason: "truncated" };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return { ok: false, reason: "corrupt" };
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    entries.push({
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      inflatedSize: u32(b, p + 24),
      localHeaderOffset: u32(b, p + 42),
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** An entry's compressed bytes, as stored after its local header. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const o = e.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) return null;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + e.compressedSize;
  return end <= b.length ? b.subarray(start, end) : null;
}

const PROLOG_WINDOW = 64 * 1024;

/**
 * A document type declaration can only stand in the prolog, before the root element. Walks the
 * prolog (declaration, comments, processing instructions, white space) up to the root element.
 */
export function checkProlog(xml: Uint8Array): "ok" | "dtd" | "corrupt" {
  const text = new TextDecoder("utf-8").decode(xml.subarray(0, PROLOG_WINDOW));
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (/\s|\uFEFF/.test(ch)) {
      i++;
      continue;
    }
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i + 2);
      if (end < 0) return "corrupt";
      i = end + 2;
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return "corrupt";
      i = end + 3;
    } else if (text.startsWith("<!", i)) {
      return "dtd";
    } else {
      return ch === "<" ? "ok" : "corrupt";
    }
  }
  // Only a prolog in the whole window: no real part looks like this.
  return xml.length === 0 ? "ok" : "corrupt";
}
