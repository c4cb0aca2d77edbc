import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../../core/zip/zipDirectory";

/** zlib stops at maxOutputLength, so a bomb never gets more memory than its declared size. */
export const nodeInflateRaw: InflateRaw = (data, maxOutput) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
  } catch (e) {
    // cast: zlib throws ErrnoExceptions; only .code is read
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};
