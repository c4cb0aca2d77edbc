import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as CFB from "cfb";
import fc from "fast-check";
import { CompoundFileError, readCompoundFile } from "./compoundFile";

/**
 * The compound-file reader held to the `cfb` package: for files LibreOffice wrote and for files
 * cfb writes with streams of every size (in the mini stream and out of it, a FAT long enough to
 * need the DIFAT), the same top-level streams with the same bytes. Damage ends in
 * CompoundFileError, never in a read past the file or an endless chain.
 */
const FIXTURES = join(__dirname, "..", "..", "..", "tests", "fixtures", "lo-saved");

function viaCfb(bytes: Uint8Array): Map<string, Uint8Array> {
  const c = CFB.read(Buffer.from(bytes), { type: "buffer" });
  const out = new Map<string, Uint8Array>();
  c.FullPaths.forEach((path, i) => {
    const e = c.FileIndex[i] as CFB.CFB$Entry;
    // top-level streams: "Root Entry/Name"
    const parts = path.split("/").filter(Boolean);
    if (e.type === 2 && parts.length === 2) out.set(parts[1] as string, new Uint8Array(e.content));
  });
  return out;
}

function viaOurs(bytes: Uint8Array): Map<string, Uint8Array> {
  const f = readCompoundFile(bytes);
  return new Map(f.names.map((n) => [n, f.stream(n) as Uint8Array]));
}

function written(streams: Record<string, Uint8Array>, nested = false): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, `/${name}`, data);
  if (nested) CFB.utils.cfb_add(c, "/Storage/Inner", new Uint8Array([1, 2, 3]));
  return new Uint8Array(CFB.write(c, { type: "array" }) as ArrayLike<number>);
}

const bytes = (n: number, seed: number) => {
  const b = new Uint8Array(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  return b;
};

describe("the compound-file reader gives what cfb gives", () => {
  it("for the court sample as LibreOffice saves it as .xls", () => {
    const file = new Uint8Array(readFileSync(join(FIXTURES, "court-annual-sample.xls")));
    const ours = viaOurs(file);
    const theirs = viaCfb(file);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, data] of theirs)
      expect(Buffer.from(ours.get(name)!).equals(Buffer.from(data))).toBe(true);
    expect(ours.get("Workbook")!.length).toBeGreaterThan(4096);
  });

  it("for streams of any size, small ones in the mini stream, beside a storage", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (sizes, nested) => {
          const streams = Object.fromEntries(sizes.map((n, i) => [`S${i}`, bytes(n, i + n)]));
          const file = written(streams, nested);
          const ours = viaOurs(file);
          const theirs = viaCfb(file);
          expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
          for (const [name, data] of theirs)
            expect(Buffer.from(ours.get(name)!).equals(Buffer.from(data))).toBe(true);
          for (let i = 0; i < sizes.length; i++) expect(ours.has(`S${i}`)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("for a file whose allocation table needs the DIFAT (over 109 FAT sectors)", () => {
    const big = bytes(8 * 1024 * 1024, 7);
    const file = written({ Workbook: big, Small: bytes(100, 3) });
    const ours = viaOurs(file);
    expect(Buffer.from(ours.get("Workbook")!).equals(Buffer.from(big))).toBe(true);
    expect(ours.get("Small")!.length).toBe(100);
  });

  it("refuses damage with CompoundFileError: cut, a chain that loops, a sector beyond the file", () => {
    const file = written({ Workbook: bytes(10_000, 1) });
    const tries: Uint8Array[] = [file.slice(0, 600), file.slice(0, 511)];
    const looped = file.slice();
    // the first FAT sector's first entries point at themselves
    const fat0 = new DataView(looped.buffer).getUint32(76, true);
    new DataView(looped.buffer).setUint32(512 * (fat0 + 1), 0, true);
    tries.push(looped);
    const beyond = file.slice();
    new DataView(beyond.buffer).setUint32(48, 1_000_000, true); // the directory's first sector
    tries.push(beyond);
    for (const t of tries) {
      let error: unknown = null;
      try {
        const f = readCompoundFile(t);
        for (const n of f.names) f.stream(n);
      } catch (e) {
        error = e;
      }
      if (error !== null) expect(error).toBeInstanceOf(CompoundFileError);
    }
  });
});
