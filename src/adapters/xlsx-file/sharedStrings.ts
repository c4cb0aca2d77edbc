import { unescapeCellText } from "./ooxmlText";

const decoder = new TextDecoder("utf-8");

const LT = 60;
const GT = 62;
const SLASH = 47;
const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The shared-string table, indexed but not parsed: one pass over the bytes records where each
 * <si> starts; an entry becomes a string the first time a kept cell refers to it, decoding only
 * that entry. A workbook whose other sheets hold hundreds of thousands of strings costs the
 * report only the few it uses — and each string kept is its own, not a view into a larger
 * decoded piece that would stay in memory as long as the dataset does.
 */
export class SharedStrings {
  private readonly starts: Int32Array;
  private readonly count: number;
  private readonly cache: Array<string | undefined>;
  private readonly tOpen: Uint8Array;
  private readonly tClose: Uint8Array;
  private readonly siClose: Uint8Array;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly prefix: string,
  ) {
    const encoder = new TextEncoder();
    const open = encoder.encode(`<${prefix}si`);
    this.tOpen = encoder.encode(`<${prefix}t`);
    this.tClose = encoder.encode(`</${prefix}t>`);
    this.siClose = encoder.encode(`</${prefix}si>`);
    let starts = new Int32Array(1024);
    let n = 0;
    const last = bytes.length - open.length;
    for (let i = 0; i < last; i++) {
      if (bytes[i] !== LT || !this.startsWith(open, i)) continue;
      const after = bytes[i + open.length];
      if (after !== GT && after !== SLASH && !isSpace(after)) continue;
      if (n === starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = i;
    }
    this.starts = starts;
    this.count = n;
    this.cache = new Array(n);
  }

  get size(): number {
    return this.count;
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const hit = this.cache[i];
    if (hit !== undefined) return hit;
    const a = this.starts[i] as number;
    const b = i + 1 < this.count ? (this.starts[i + 1] as number) : this.bytes.length;
    const value =
      this.plainText(a, b) ?? siText(decoder.decode(this.bytes.subarray(a, b)), this.prefix);
    this.cache[i] = value;
    return value;
  }

  private startsWith(pattern: Uint8Array, at: number): boolean {
    const { bytes } = this;
    if (at + pattern.length > bytes.length) return false;
    for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
    return true;
  }

  private indexOf(pattern: Uint8Array, from: number, to: number): number {
    const first = pattern[0];
    for (let i = from; i <= to - pattern.length; i++)
      if (this.bytes[i] === first && this.startsWith(pattern, i)) return i;
    return -1;
  }

  /**
   * The common entry, <si><t>…</t></si> (a space-preserving <t> included), decoded from its
   * bytes alone; null for anything else (rich text, a phonetic guide, an empty <t/>), which is
   * read by siText.
   */
  private plainText(a: number, b: number): string | null {
    const { bytes } = this;
    let p = a;
    while (p < b && bytes[p] !== GT) p++;
    if (bytes[p - 1] === SLASH) return null;
    p++;
    while (p < b && isSpace(bytes[p])) p++;
    if (!this.startsWith(this.tOpen, p)) return null;
    const after = bytes[p + this.tOpen.length];
    if (after !== GT && !isSpace(after)) return null;
    while (p < b && bytes[p] !== GT) p++;
    if (p >= b || bytes[p - 1] === SLASH) return null;
    const textStart = p + 1;
    const textEnd = this.indexOf(this.tClose, textStart, b);
    if (textEnd < 0) return null;
    let q = textEnd + this.tClose.length;
    while (q < b && isSpace(bytes[q])) q++;
    if (!this.startsWith(this.siClose, q)) return null;
    return unescapeCellText(decoder.decode(bytes.subarray(textStart, textEnd)));
  }
}

/** The text of one <si>: its <t>, or its rich-text runs' <t>s, never the phonetic guide (<rPh>). */
export function siText(si: string, prefix: string): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const rph = `<${prefix}rPh`;
  const rphClose = `</${prefix}rPh>`;
  let out = "";
  let p = 0;
  let nextRph = si.indexOf(rph);
  for (;;) {
    const t = si.indexOf(tOpen, p);
    if (t < 0) break;
    if (nextRph >= 0 && t > nextRph) {
      const end = si.indexOf(rphClose, nextRph);
      if (end < 0) break;
      p = end + rphClose.length;
      nextRph = si.indexOf(rph, p);
      continue;
    }
    const c = si.charCodeAt(t + tOpen.length);
    if (c !== GT && c !== SLASH && !isSpace(c)) {
      p = t + tOpen.length;
      continue;
    }
    const gt = si.indexOf(">", t);
    if (gt < 0) break;
    if (si.charCodeAt(gt - 1) === 47) {
      p = gt + 1;
      continue;
    }
    const e = si.indexOf(tClose, gt);
    if (e < 0) break;
    out += si.slice(gt + 1, e);
    p = e + tClose.length;
  }
  return unescapeCellText(out);
}
