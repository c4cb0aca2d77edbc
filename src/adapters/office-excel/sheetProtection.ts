/* global Excel */
import { UserError } from "../../core/errors/userError";

/**
 * Runs a write on sheets that may be protected — the blank workbook's are, without a password, so
 * that a clerk cannot overwrite 编码, 指标 or the headers. Each protected sheet is unprotected,
 * written, and protected again with exactly the options it had, in three round trips whatever the
 * number of sheets. A sheet protected with a password is not written: one sentence names it, and
 * every sheet is left protected as it was.
 */
export async function writeUnprotected(
  context: Excel.RequestContext,
  sheets: Iterable<string>,
  write: () => void,
): Promise<void> {
  const found = [...new Set(sheets)].map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.protection.load("protected,options");
    return { name, ws };
  });
  await context.sync();
  const locked = found
    .filter((f) => !f.ws.isNullObject && f.ws.protection.protected)
    .map((f) => ({ ...f, options: f.ws.protection.options }));
  if (locked.length > 0) {
    for (const l of locked) l.ws.protection.unprotect();
    try {
      await context.sync();
    } catch (e) {
      // the ones still protected have a password; the others are protected again as they were
      for (const l of locked) l.ws.protection.load("protected");
      await context.sync();
      const kept = locked.filter((l) => l.ws.protection.protected);
      for (const l of locked) if (!l.ws.protection.protected) l.ws.protection.protect(l.options);
      await context.sync();
      if (kept.length === 0) throw e;
      throw new UserError("SHEET_PASSWORD_PROTECTED", { sheets: kept.map((k) => k.name) });
    }
  }
  write();
  for (const l of locked) l.ws.protection.protect(l.options);
  await context.sync();
}
