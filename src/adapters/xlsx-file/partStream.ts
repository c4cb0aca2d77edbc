import { Inflate } from "pako";
import { checkProlog, entryData, type ZipEntry } from "../../core/zip/inspectZip";
import { joinBytes } from "../../core/zip/joinBytes";

/**
 * A zip part inflated a little at a time, so that reading a sheet's first rows costs those rows
 * and not the whole sheet. Never yields more than the size the part declares: a lying header
 * stops here as it does in the guard.
 */
export class PartStream {
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
    if (!data) throw new PartError("truncated");
    this.compressed = data;
    this.stored = entry.method === 0;
    this.inflater = this.stored ? null : new Inflate({ raw: true, chunkSize: 64 * 1024 });
    if (this.inflater) this.inflater.onData = (chunk: Uint8Array) => this.pending.push(chunk);
  }

  /** The next piece of the part, or null at its end. */
  next(): Uint8Array | null {
    while (this.pending.length === 0) {
      if (this.ended || this.pos >= this.compressed.length) {
        this.ended = true;
        return null;
      }
      const end = Math.min(this.compressed.length, this.pos + this.step);
      const input = this.compressed.subarray(this.pos, end);
      this.pos = end;
      this.step = Math.min(this.step * 2, 256 * 1024);
      if (this.stored) this.pending.push(input);
      else {
        const inf = this.inflater as Inflate;
        inf.push(input, end >= this.compressed.length);
        if (inf.err) throw new PartError("corrupt");
      }
    }
    const chunk = this.pending.shift() as Uint8Array;
    this.total += chunk.length;
    if (this.total > this.entry.inflatedSize) throw new PartError("bomb");
    return chunk;
  }
}

/** A part that cannot be read as it should: why, in the guard's terms. */
export class PartError extends Error {
  constructor(readonly reason: "truncated" | "corrupt" | "bomb" | "dtd") {
    super(reason);
    this.name = "PartError";
  }
}

/** How much of a part is gathered before its prolog is checked: real prologs take a few bytes. */
const PROLOG_BYTES = 16 * 1024;

function gather(stream: PartStream, atLeast: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < atLeast) {
    const c = stream.next();
    if (!c) break;
    chunks.push(c);
    size += c.length;
  }
  return joinBytes(chunks);
}

/**
 * A part's bytes a piece at a time, null at its end. Its first bytes pass the same document-type
 * check as whole parts before anything is parsed; a prolog longer than any real one is refused as
 * damaged.
 */
export function checkedPieces(stream: PartStream): () => Uint8Array | null {
  let first = true;
  return () => {
    if (!first) return stream.next();
    first = false;
    const head = gather(stream, PROLOG_BYTES);
    if (head.length === 0) return null;
    const prolog = checkProlog(head);
    if (prolog !== "ok") throw new PartError(prolog);
    return head;
  };
}
