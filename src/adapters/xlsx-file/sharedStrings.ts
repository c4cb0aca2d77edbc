import { unescapeCellText } from "./ooxmlText";

const PAGE = 256;
const decoder = new TextDecoder("utf-8");

/**
 * The shared-string table, indexed but not parsed: one pass over the bytes records where each
 * <si> starts; an entry becomes a string the first time a kept cell refers to it, decoding only
 * the page of entries around it. A workbook whose other sheets hold hundreds of thousands of
 * strings costs the report only the few it uses.
 */
export class SharedStrings {
  private readonly starts: Int32Array;
  private readonly count: number;
  private readonly cache: Array<string | undefined>;
  private readonly pages: Array<{ text: string; offsets: Int32Array } | undefined>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly prefix: string,
  ) {
    const open = new TextEncoder().encode(`<${prefix}si`);
    let starts = new Int32Array(1024);
    let n = 0;
    const last = bytes.length - open.length;
    outer: for (let i = 0; i < last; i++) {
      if (bytes[i] !== 60) continue;
      for (let k = 1; k < open.length; k++) if (bytes[i + k] !== open[k]) continue outer;
      const after = bytes[i + open.length];
      if (
        after !== 62 &&
        after !== 32 &&
        after !== 47 &&
        after !== 9 &&
        after !== 10 &&
        after !== 13
      )
        continue;
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
    this.pages = new Array(Math.ceil(n / PAGE));
  }

  get size(): number {
    return this.count;
  }

  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const hit = this.cache[i];
    if (hit !== undefined) return hit;
    const pageIndex = Math.floor(i / PAGE);
    let page = this.pages[pageIndex];
    if (!page) {
      const first = pageIndex * PAGE;
      const end = Math.min(first + PAGE, this.count);
      const a = this.starts[first] as number;
      const b = end < this.count ? (this.starts[end] as number) : this.bytes.length;
      const text = decoder.decode(this.bytes.subarray(a, b));
      const offsets = new Int32Array(end - first + 1);
      const tag = `<${this.prefix}si`;
      let k = 0;
      let p = 0;
      while (k < end - first) {
        p = text.indexOf(tag, p);
        if (p < 0) break;
        const c = text.charCodeAt(p + tag.length);
        if (c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) offsets[k++] = p;
        p += tag.length;
      }
      offsets[k] = text.length;
      page = this.pages[pageIndex] = { text, offsets };
    }
    const j = i - pageIndex * PAGE;
    const value = siText(page.text.slice(page.offsets[j], page.offsets[j + 1]), this.prefix);
    this.cache[i] = value;
    return value;
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
    if (c !== 62 && c !== 32 && c !== 47) {
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
