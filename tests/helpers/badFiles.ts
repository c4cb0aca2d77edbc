import { deflateRawSync } from "node:zlib";
import * as CFB from "cfb";
import PizZip from "pizzip";

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
/** A workbook with one sheet, the bomb's part: a reader must reach into it, and stop in time. */
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="审判执行" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const zip = new PizZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** A workbook whose first part declares a billion-laughs entity expansion. */
export function entityBomb(): Uint8Array {
  const lol = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const xml = `<?xml version="1.0"?><!DOCTYPE workbook [${lol.join("")}]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/><x>&lol9;</x></workbook>`;
  return zipOf({ "[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": xml });
}

interface RawEntry {
  readonly name: string;
  /** raw DEFLATE data */
  readonly data: Uint8Array;
  /** the inflated size the headers declare */
  readonly size: number;
}

/** A zip written byte by byte, so that its headers can say whatever a test needs them to say. */
function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const n = enc.encode(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, n, e.data);
    central.push(cd, n);
    offset += 30 + n.length + e.data.length;
  }
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, eocd]);
}

const entry = (name: string, content: Uint8Array, claimed = content.length): RawEntry => ({
  name,
  data: deflateRawSync(content),
  size: claimed,
});
const workbookEntry = () => entry("xl/workbook.xml", new TextEncoder().encode(WORKBOOK));
const workbookRelsEntry = () =>
  entry("xl/_rels/workbook.xml.rels", new TextEncoder().encode(WORKBOOK_RELS));

/** A sheet part that honestly declares 200 MB of zeros, compressed about a thousandfold. */
export function zipBomb(): Uint8Array {
  return rawZip([
    workbookEntry(),
    workbookRelsEntry(),
    entry("xl/worksheets/sheet1.xml", new Uint8Array(200 * 1024 * 1024)),
  ]);
}

/**
 * A part whose headers claim 1 KB but whose data inflates to 64 MB: only inflating with a cap
 * catches it.
 */
export function lyingZipBomb(): Uint8Array {
  return rawZip([
    workbookEntry(),
    workbookRelsEntry(),
    entry("xl/worksheets/sheet1.xml", new Uint8Array(64 * 1024 * 1024).fill(0x20), 1024),
  ]);
}

export function randomBytes(n = 4096): Uint8Array {
  const b = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x & 0xff;
  }
  return b;
}

/** The first bytes of an OLE compound file: what an encrypted .xlsx or an old .xls starts with. */
/** A compound file holding `streams`: how Office stores a password-protected .xlsx, an .xls, a WPS .et. */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams))
    CFB.utils.cfb_add(container, `/${name}`, data);
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayLike<number>);
}

/** A password-protected .xlsx as Office saves it: the package encrypted inside a compound file. */
export function encryptedWorkbook(): Uint8Array {
  return compoundFile({
    EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]),
    EncryptedPackage: randomBytes(2048),
  });
}

/** An OLE header and nothing after it: a damaged file. */
export function oleHeader(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
}

/** Raw DEFLATE data of `mib` MiB of zeros, made a MiB at a time (never held inflated). */
export async function deflatedZeros(mib: number): Promise<Uint8Array> {
  const { createDeflateRaw } = await import("node:zlib");
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    z.on("end", () => resolve());
    z.on("error", reject);
  });
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++)
    if (!z.write(chunk)) await new Promise<void>((r) => z.once("drain", () => r()));
  z.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A real .docx (the given one's parts) with one more part that declares `declared` bytes and
 * inflates to `mib` MiB: the bomb a template or an existing report can carry in any part, XML or
 * not (a picture under word/media/).
 */
export async function lyingDocxBomb(
  docx: Uint8Array,
  part: string,
  declared: number,
  mib: number,
): Promise<Uint8Array> {
  const zip = new PizZip(docx);
  const entries: RawEntry[] = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => entry(f.name, f.asUint8Array()));
  entries.push({ name: part, data: await deflatedZeros(mib), size: declared });
  return rawZip(entries);
}
