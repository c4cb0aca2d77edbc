import type { FileRole } from "../errors/userError";
import { PartError, partPieces } from "./partStream";

/** Thrown by a reader that finds a streamed part damaged; the package's guard words it. */
export { PartError };
import { failureForRefusal } from "./refusal";
import {
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  readZipPart,
  type InflateRaw,
  type ZipEntry,
  type ZipLimits,
  type ZipRefusal,
} from "./zipDirectory";

/**
 * The one way into a zip package (.xlsx, .ods, .docx), for every reader and writer: the table of
 * contents is checked before anything is inflated, and every part handed out — whole, a piece at
 * a time, or all of them for a writer that rebuilds the package — is inflated no further than the
 * size it declares, refused unless it is exactly that size, and, if XML, refused when it carries a
 * document type declaration. No other code inflates a user's file, so no parser ever meets a
 * bomb. Refusals are UserErrors worded for the file's role (工作簿, 模板, 报告).
 */
export interface OpenedPackage {
  /** what the package is (for "spreadsheet": .xlsx or .ods, told by its parts) */
  readonly kind: PackageKind;
  /** every file entry (folders left out), in the archive's order */
  readonly entries: readonly ZipEntry[];
  /** the entry of a part by its name (OPC names compare without case), or undefined */
  entry(name: string): ZipEntry | undefined;
  has(name: string): boolean;
  /** a part whole, or null when the package has none by that name */
  bytes(name: string): Uint8Array | null;
  /** a part whole as UTF-8 text, or null */
  text(name: string): string | null;
  /**
   * a part as pieces (null at its end), or null when there is none: a part under WHOLE_BELOW comes
   * as one piece (the platform's zlib inflates it fastest whole), a larger one a piece at a time,
   * so no reader holds a large part whole
   */
  pieces(name: string): (() => Uint8Array | null) | null;
  /** every part whole, for a writer that rebuilds the package: nothing it copies escapes the checks */
  all(): Map<string, Uint8Array>;
  /** runs `read`, turning a refusal met inside a part (a streamed one) into the user's sentence */
  guard<T>(read: () => T): T;
}

/** What a package can be, told by the part that makes it one. */
export type PackageKind = "xlsx" | "docx" | "ods";

/** Parts smaller than this are handed out whole even to a streaming reader. */
const WHOLE_BELOW = 1024 * 1024;

const MAIN_PART = { xlsx: "xl/workbook.xml", docx: "word/document.xml" } as const;

const isOds = (names: ReadonlySet<string>) => names.has("content.xml") && names.has("mimetype");

/** The kind the package is, or why it is not the kind expected (a .docx given as a workbook, …). */
function kindOf(
  names: ReadonlySet<string>,
  expected: PackageKind | "spreadsheet",
): { kind: PackageKind } | { refusal: ZipRefusal } {
  const found: PackageKind | null = names.has(MAIN_PART.xlsx)
    ? "xlsx"
    : names.has(MAIN_PART.docx)
      ? "docx"
      : isOds(names)
        ? "ods"
        : null;
  if (found === expected || (expected === "spreadsheet" && (found === "xlsx" || found === "ods")))
    return { kind: found };
  if (expected === "docx") return { refusal: found === null ? "not-a-document" : "excel-workbook" };
  return { refusal: found === "docx" ? "word-document" : "not-a-workbook" };
}

export function openPackage(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  expected: PackageKind | "spreadsheet",
  role: FileRole,
  options: { readonly path?: string; readonly limits?: ZipLimits } = {},
): OpenedPackage {
  const refuse = (reason: ZipRefusal) => failureForRefusal(reason, role, options.path);
  const dir = readZipDirectory(bytes, options.limits ?? DEFAULT_ZIP_LIMITS);
  if (!dir.ok) throw refuse(dir.reason);
  const entries = dir.entries.filter((e) => !e.name.endsWith("/"));
  const byName = new Map<string, ZipEntry>();
  const byLower = new Map<string, ZipEntry>();
  for (const e of entries) {
    // two entries of one name: parsers disagree on which is meant, so none is trusted
    if (byLower.has(e.name.toLowerCase())) throw refuse("corrupt");
    byName.set(e.name, e);
    byLower.set(e.name.toLowerCase(), e);
  }
  const kind = kindOf(new Set(byLower.keys()), expected);
  if ("refusal" in kind) throw refuse(kind.refusal);

  const entry = (name: string) => byName.get(name) ?? byLower.get(name.toLowerCase());
  const whole = (e: ZipEntry): Uint8Array => {
    const r = readZipPart(bytes, e, inflateRaw);
    if (!r.ok) throw refuse(r.reason);
    return r.data;
  };
  const guard = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof PartError) throw refuse(e.reason);
      throw e;
    }
  };
  const decoder = new TextDecoder("utf-8");
  return {
    kind: kind.kind,
    entries,
    entry,
    has: (name) => entry(name) !== undefined,
    bytes: (name) => {
      const e = entry(name);
      return e ? whole(e) : null;
    },
    text: (name) => {
      const e = entry(name);
      return e ? decoder.decode(whole(e)) : null;
    },
    pieces: (name) => {
      const e = entry(name);
      if (!e) return null;
      if (e.inflatedSize < WHOLE_BELOW) {
        let once: Uint8Array | null = whole(e);
        return () => {
          const piece = once;
          once = null;
          return piece;
        };
      }
      const next = guard(() => partPieces(bytes, e));
      return () => guard(next);
    },
    all: () => new Map(entries.map((e) => [e.name, whole(e)])),
    guard,
  };
}
