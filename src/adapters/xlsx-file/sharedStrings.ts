import { joinBytes } from "../../core/values/joinBytes";
import { unescapeCellText } from "../../core/xml/xmlText";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

const LT = 60;
const GT = 62;
const SLASH = 47;
const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 10 || c === 13;

/** The byte patterns of one table's elements, with the prefix its root uses. */
interface Patterns {
  readonly si: Uint8Array;
  readonly siClose: Uint8Array;
  readonly t: Uint8Array;
  readonly tClose: Uint8Array;
  readonly rph: Uint8Array;
  readonly rphClose: Uint8Array;
}

function patterns(prefix: string): Patterns {
  const p = (s: string) => encoder.encode(s);
  return {
    si: p(`<${prefix}si`),
    siClose: p(`</${prefix}si>`),
    t: p(`<${prefix}t`),
    tClose: p(`</${prefix}t>`),
    rph: p(`<${prefix}rPh`),
    rphClose: p(`</${prefix}rPh>`),
  };
}

function startsWith(b: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at + pattern.length > b.length) return false;
  for (let k = 0; k < pattern.length; k++) if (b[at + k] !== pattern[k]) return false;
  return true;
}

/** Where `pattern` (which starts with "<") begins in b[from, to), or -1. */
function find(b: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  for (let i = b.indexOf(LT, from); i >= 0 && i <= to - pattern.length; i = b.indexOf(LT, i + 1))
    if (startsWith(b, pattern, i)) return i;
  return -1;
}

/** Where an element `pattern` starts (its name ends there: ">", "/" or a space follows), or -1. */
function findElement(b: Uint8Array, pattern: Uint8Array, from: number, to: number): number {
  for (let i = find(b, pattern, from, to); i >= 0; i = find(b, pattern, i + 1, to)) {
    const after = b[i + pattern.length];
    if (after === undefined || after === GT || after === SLASH || isSpace(after)) return i;
  }
  return -1;
}

/** The bytes of every text a table keeps, one after another, and where each entry's begin. */
class TextStore {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  ends = new Int32Array(1 << 12);
  count = 0;

  append(src: Uint8Array, from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(src.subarray(from, to), this.length);
    this.length = need;
  }

  endEntry(): void {
    if (this.count === this.ends.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.count++] = this.length;
  }
}

/**
 * One <si>'s text, b[from, to) being its content: its <t>, or its rich-text runs' <t>s, never the
 * phonetic guide (<rPh>). The bytes are kept escaped, as written: entities never span runs.
 */
function appendEntry(b: Uint8Array, from: number, to: number, p: Patterns, out: TextStore): void {
  let at = from;
  let nextRph = findElement(b, p.rph, at, to);
  for (;;) {
    const t = findElement(b, p.t, at, to);
    if (t < 0) break;
    if (nextRph >= 0 && t > nextRph) {
      const end = find(b, p.rphClose, nextRph, to);
      if (end < 0) break;
      at = end + p.rphClose.length;
      nextRph = findElement(b, p.rph, at, to);
      continue;
    }
    const gt = b.indexOf(GT, t);
    if (gt < 0 || gt >= to) break;
    if (b[gt - 1] === SLASH) {
      at = gt + 1; // <t/>
      continue;
    }
    const end = find(b, p.tClose, gt, to);
    if (end < 0) break;
    out.append(b, gt + 1, end);
    at = end + p.tClose.length;
  }
}

/**
 * The shared-string table, read a piece at a time as it inflates: of each entry only its text is
 * kept (as UTF-8 bytes, one block for the whole table), and becomes a string the first time a
 * kept cell refers to it. The table's XML is never held whole: a workbook re-saved by LibreOffice
 * writes each string as formatted runs, hundreds of megabytes of XML around a few of text, most
 * of it for sheets the report never reads.
 */
export class SharedStrings {
  private readonly cache: Array<string | undefined>;

  private constructor(private readonly store: TextStore) {
    this.cache = new Array<string | undefined>(store.count);
  }

  /** `next` gives the part's bytes a piece at a time, null at its end; `prefix` is its root's. */
  static read(next: () => Uint8Array | null, prefix: string): SharedStrings {
    const p = patterns(prefix);
    const store = new TextStore();
    let buf: Uint8Array = new Uint8Array(0);
    let pos = 0;
    let ended = false;
    /** more bytes after buf[keep…]; false at the part's end */
    const more = (keep: number): boolean => {
      if (ended) return false;
      const chunk = next();
      if (chunk === null) {
        ended = true;
        return false;
      }
      buf = joinBytes([buf.subarray(keep), chunk]);
      pos = Math.max(0, pos - keep);
      return true;
    };
    for (;;) {
      const s = findElement(buf, p.si, pos, buf.length);
      if (s < 0 || s + p.si.length >= buf.length) {
        // no entry starts in what is here (or its name may go on): keep a tail that could
        if (!more(Math.max(pos, s >= 0 ? s : buf.length - p.si.length))) break;
        continue;
      }
      const gt = buf.indexOf(GT, s);
      if (gt < 0) {
        if (!more(s)) break;
        continue;
      }
      if (buf[gt - 1] === SLASH) {
        store.endEntry(); // <si/>
        pos = gt + 1;
        continue;
      }
      const close = find(buf, p.siClose, gt, buf.length);
      if (close < 0) {
        if (more(s)) continue;
        // a table cut off inside its last entry: what is there is its text
        appendEntry(buf, gt + 1, buf.length, p, store);
        store.endEntry();
        break;
      }
      appendEntry(buf, gt + 1, close, p, store);
      store.endEntry();
      pos = close + p.siClose.length;
    }
    return new SharedStrings(store);
  }

  /** A table with no entries (a workbook without one). */
  static empty(): SharedStrings {
    return new SharedStrings(new TextStore());
  }

  get size(): number {
    return this.store.count;
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.store.count)) return undefined;
    const hit = this.cache[i];
    if (hit !== undefined) return hit;
    const a = i === 0 ? 0 : (this.store.ends[i - 1] ?? 0);
    const b = this.store.ends[i] ?? 0;
    const value = unescapeCellText(decoder.decode(this.store.bytes.subarray(a, b)));
    this.cache[i] = value;
    return value;
  }
}
