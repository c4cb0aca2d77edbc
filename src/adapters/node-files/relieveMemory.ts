import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Collects garbage when the heap has grown well past what the last collection left: V8 lets the
 * old garbage of a long synchronous render (a report of hundreds of thousands of paragraphs) pile
 * up to several times the memory the report itself needs before it collects. Asked every few
 * thousand tags, this keeps the peak near the live size for the cost of a few collections; on a
 * report of ordinary size it never collects at all.
 */
const GROWTH = 48 * 1024 * 1024;

let gc: (() => void) | null | undefined;
let after = 0;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString("--expose-gc");
    // cast: V8 exposes gc() once --expose-gc is set; a new context sees it
    gc = runInNewContext("gc") as () => void;
  } catch {
    gc = null;
  }
  return gc;
}

export function relieveMemory(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used - after < GROWTH) return;
  const collect = collector();
  if (!collect) return;
  collect();
  after = getHeapStatistics().used_heap_size;
}
