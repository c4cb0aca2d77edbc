import { present } from "../errors/present";
import { Inflate } from "pako";
import { joinBytes } from "../values/joinBytes";
import { checkProlog, entryData, isXmlPart, type ZipEntry, type ZipRefusal } from "./zipDirectory";

/** A part that cannot be read as it should: why, in the guard's terms. */
export class PartError extends Error {
  constructor(
    readonly reason: ZipRefusal,
    readonly part: string,
  ) {
    super(`${reason}: ${part}`);
    this.name = "PartError";
  }
}

/**
 * A zip part inflated a little at a time, so that reading a sheet's first rows costs those rows
 * and not the whole sheet. It yields exactly the size the part declares or fails: a header that
 * lies (more data, or less) stops here as it does for whole parts, and never costs more memory
 * than one piece beyond what it owned up to.
 */
class PartStream {
  private readonly compressed: Uint8Array;
  private readonly stored: boolean;
  private readonly inflater: Inflate | null;
  private readonly pending: Uint8Array[] = [];
  private pos = 0;
  private step = 4096;
  private total = 0;
  private ended = false;

  constructor(
    bytes: Uint8Array,
    private readonly entry: ZipEntry,
  ) {
    const data = entryData(bytes, entry);
    if (!data) throw new PartError("truncated", entry.name);
    if (entry.method !== 0 && entry.method !== 8) throw new PartError("corrupt", entry.name);
    this.compressed = data;
    this.stored = entry.method === 0;
    this.inflater = this.stored ? null : new Inflate({ raw: true, chunkSize: 64 * 1024 });
    if (this.inflater) this.inflater.onData = (chunk: Uint8Array) => this.pending.push(chunk);
  }

  /** The next piece of the part, or null at its end. */
  next(): Uint8Array | null {
    while (this.pending.length === 0) {
      if (this.ended || this.pos >= this.compressed.length) {
        if (!this.ended && this.total !== this.entry.inflatedSize)
          throw new PartError("corrupt", this.entry.name);
        this.ended = true;
        return null;
      }
      const end = Math.min(this.compressed.length, this.pos + this.step);
      const input = this.compressed.subarray(this.pos, end);
      this.pos = end;
      this.step = Math.min(this.step * 2, 256 * 1024);
      if (this.stored) this.pending.push(input);
      else {
        // cast: a deflated part always has its inflater (set in the constructor)
        const inf = this.inflater as Inflate;
        try {
          inf.push(input, end >= this.compressed.length);
        } catch {
          throw new PartError("corrupt", this.entry.name);
        }
        if (inf.err) throw new PartError("corrupt", this.entry.name);
      }
    }
    const chunk = present(this.pending.shift(), "this.pending.shift()");
    this.total += chunk.length;
    if (this.total > this.entry.inflatedSize) throw new PartError("corrupt", this.entry.name);
    return chunk;
  }
}

/** How much of a part is gathered before its prolog is checked: real prologs take a few bytes. */
const PROLOG_BYTES = 16 * 1024;

/**
 * A part's bytes a piece at a time, null at its end. An XML part's first bytes pass the same
 * document-type check as whole parts before anything is parsed; a prolog longer than any real one
 * is refused as damaged.
 */
export function partPieces(bytes: Uint8Array, entry: ZipEntry): () => Uint8Array | null {
  const stream = new PartStream(bytes, entry);
  if (!isXmlPart(entry.name)) return () => stream.next();
  let first = true;
  return () => {
    if (!first) return stream.next();
    first = false;
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size < PROLOG_BYTES) {
      const c = stream.next();
      if (!c) break;
      chunks.push(c);
      size += c.length;
    }
    const head = joinBytes(chunks);
    if (head.length === 0) return null;
    const prolog = checkProlog(head);
    if (prolog !== "ok") throw new PartError(prolog, entry.name);
    return head;
  };
}
