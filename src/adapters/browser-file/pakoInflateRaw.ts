import { Inflate } from "pako";
import type { InflateRaw } from "../../core/zip/zipDirectory";
import { joinBytes } from "../../core/values/joinBytes";

class OutputLimit extends Error {}

/**
 * The browser has no zlib with an output cap; pako streams its output in chunks, so counting them
 * stops a bomb after at most `maxOutput` bytes and one chunk.
 */
export const pakoInflateRaw: InflateRaw = (data, maxOutput) => {
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflater.onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > maxOutput) throw new OutputLimit();
    chunks.push(chunk);
  };
  try {
    inflater.push(data, true);
  } catch (e) {
    if (e instanceof OutputLimit) return null;
    throw e;
  }
  if (inflater.err) throw new Error(inflater.msg || "invalid deflate data");
  return joinBytes(chunks);
};
