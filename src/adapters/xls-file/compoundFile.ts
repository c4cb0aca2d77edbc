/**
 * The streams of a compound file ([MS-CFB], the container of .xls workbooks, of password-protected
 * Office files and of WPS .et files), read straight from the file's bytes: the header, the sector
 * allocation table (FAT, with its DIFAT extension), the directory, and the mini stream for small
 * streams. Only top-level streams are looked up, which is all a workbook needs. Every sector
 * number, chain and size is checked against the file, so a damaged or hostile file ends in
 * CompoundFileError, never in a read outside it or an endless chain. Held to the `cfb` package by
 * a parity test, and several times faster and smaller than it on large files (cfb copies a stream
 * into an array of numbers outside Node).
 */
export class CompoundFileError extends Error {
  constructor(why: string) {
    super(`compound file: ${why}`);
    this.name = "CompoundFileError";
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const DIR_ENTRY = 128;

function isCompoundFile(b: Uint8Array): boolean {
  return b.length >= 8 && SIGNATURE.every((x, i) => b[i] === x);
}

export interface CompoundFile {
  /** the top-level streams' names */
  readonly names: readonly string[];
  /** a top-level stream by name (case-insensitive, as the format says), or null */
  stream(name: string): Uint8Array | null;
}

export function readCompoundFile(b: Uint8Array): CompoundFile {
  if (!isCompoundFile(b)) throw new CompoundFileError("signature");
  if (b.length < 512) throw new CompoundFileError("header");
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (p: number) => view.getUint16(p, true);
  const u32 = (p: number) => view.getUint32(p, true);
  const shift = u16(30);
  if (shift !== 9 && shift !== 12) throw new CompoundFileError("sector size");
  const sectorSize = 1 << shift;
  const miniShift = u16(32);
  if (miniShift !== 6) throw new CompoundFileError("mini sector size");
  const miniSize = 1 << miniShift;
  const sectorCount = Math.max(0, Math.floor((b.length - sectorSize) / sectorSize));
  const sectorAt = (n: number): number => {
    if (n >= sectorCount) throw new CompoundFileError(`sector ${n} beyond the file`);
    return (n + 1) * sectorSize;
  };
  const perSector = sectorSize / 4;

  // the FAT's own sectors: 109 in the header, then the DIFAT chain
  const fatSectors: number[] = [];
  const fatCount = u32(44);
  if (fatCount > sectorCount) throw new CompoundFileError("FAT size");
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(76 + 4 * i));
  let difat = u32(68);
  for (let guard = 0; fatSectors.length < fatCount && difat !== ENDOFCHAIN; guard++) {
    if (guard > sectorCount || difat === FREESECT) throw new CompoundFileError("DIFAT chain");
    const at = sectorAt(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++)
      fatSectors.push(u32(at + 4 * i));
    difat = u32(at + sectorSize - 4);
  }
  if (fatSectors.length < fatCount) throw new CompoundFileError("FAT incomplete");
  const fat = new Uint32Array(fatCount * perSector);
  fatSectors.forEach((s, i) => {
    const at = sectorAt(s);
    for (let k = 0; k < perSector; k++) fat[i * perSector + k] = u32(at + 4 * k);
  });

  /** A chain of sectors from `start`, in order; refused if it loops or leaves the table. */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== ENDOFCHAIN; s = table[s] ?? 0) {
      if (s >= table.length || out.length > limit) throw new CompoundFileError("chain");
      out.push(s);
    }
    return out;
  };
  /** `size` bytes of the sectors (of `unit` bytes each, found in `src` by `at`), in order. */
  const gather = (
    src: Uint8Array,
    sectors: readonly number[],
    size: number,
    unit: number,
    at: (n: number) => number,
  ) => {
    if (sectors.length * unit < size) throw new CompoundFileError("stream shorter than its size");
    const out = new Uint8Array(size);
    let filled = 0;
    for (const s of sectors) {
      if (filled >= size) break;
      const from = at(s);
      const take = Math.min(unit, size - filled);
      if (from + take > src.length) throw new CompoundFileError("sector beyond its stream");
      out.set(src.subarray(from, from + take), filled);
      filled += take;
    }
    return out;
  };

  const dirSectors = chain(u32(48), fat, sectorCount);
  const dir = gather(b, dirSectors, dirSectors.length * sectorSize, sectorSize, sectorAt);
  const dview = new DataView(dir.buffer);
  const entries = dir.length / DIR_ENTRY;
  const entry = (i: number) => {
    if (i >= entries) throw new CompoundFileError("directory entry");
    const p = i * DIR_ENTRY;
    const nameBytes = Math.min(64, dview.getUint16(p + 64, true));
    let name = "";
    for (let k = 0; k + 1 < nameBytes - 1; k += 2)
      name += String.fromCharCode(dview.getUint16(p + k, true));
    return {
      name,
      type: dir[p + 66] ?? 0,
      left: dview.getUint32(p + 68, true),
      right: dview.getUint32(p + 72, true),
      child: dview.getUint32(p + 76, true),
      start: dview.getUint32(p + 116, true),
      // the high half of the size is unused (and may be garbage) in version 3 files
      size:
        u16(26) === 3
          ? dview.getUint32(p + 120, true)
          : dview.getUint32(p + 120, true) + dview.getUint32(p + 124, true) * 2 ** 32,
    };
  };
  const root = entry(0);
  if (root.type !== 5) throw new CompoundFileError("root entry");

  // the top level: the root's children, a tree of siblings
  const top = new Map<string, ReturnType<typeof entry>>();
  const seen = new Set<number>();
  const walk = (i: number) => {
    const stack = [i];
    while (stack.length) {
      const id = stack.pop() ?? 0;
      if (id === NOSTREAM) continue;
      if (seen.has(id) || seen.size > entries) throw new CompoundFileError("directory tree");
      seen.add(id);
      const e = entry(id);
      top.set(e.name.toUpperCase(), e);
      stack.push(e.left, e.right);
    }
  };
  walk(root.child);

  const cutoff = u32(56);
  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const miniStream = () => {
    if (mini) return mini;
    const mfSectors = chain(u32(60), fat, sectorCount);
    const mfBytes = gather(b, mfSectors, mfSectors.length * sectorSize, sectorSize, sectorAt);
    const mfat = new Uint32Array(mfBytes.length / 4);
    const mv = new DataView(mfBytes.buffer);
    for (let k = 0; k < mfat.length; k++) mfat[k] = mv.getUint32(4 * k, true);
    const rootSectors = chain(root.start, fat, sectorCount);
    const stream = gather(
      b,
      rootSectors,
      Math.min(root.size, rootSectors.length * sectorSize),
      sectorSize,
      sectorAt,
    );
    return (mini = { stream, fat: mfat });
  };

  return {
    names: [...top.values()].filter((e) => e.type === 2).map((e) => e.name),
    stream(name) {
      const e = top.get(name.toUpperCase());
      if (!e || e.type !== 2) return null;
      if (e.size === 0) return new Uint8Array(0);
      if (e.size >= cutoff) {
        const sectors = chain(e.start, fat, sectorCount);
        return gather(b, sectors, e.size, sectorSize, sectorAt);
      }
      const m = miniStream();
      const sectors = chain(e.start, m.fat, m.fat.length);
      return gather(m.stream, sectors, e.size, miniSize, (n) => n * miniSize);
    },
  };
}
