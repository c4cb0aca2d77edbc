/**
 * The CLI contract (PRODUCT.md §5), every command: 0 done; 1 the workbook or template has errors;
 * 2 unreadable input, usage, an output that cannot or must not be written, a missing tool, the
 * time limit; 3 an internal error (a bug of ours).
 */
export const EXIT = { ok: 0, issues: 1, input: 2, internal: 3 } as const;
