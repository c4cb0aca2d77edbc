import { UserError } from "../../../core/engine/essentials";

/**
 * An error from the Office JS API (OfficeExtension.Error: a `code` and a message) as a failure
 * the clerk can act on; anything else is left as it is.
 */
export function officeFailure(e: unknown): UserError | null {
  if (!e || typeof e !== "object") return null;
  const code: unknown = "code" in e ? e.code : undefined;
  const name: unknown = "name" in e ? e.name : undefined;
  const message: unknown = "message" in e ? e.message : undefined;
  if (typeof code !== "string" || !(name === "RichApi.Error" || "debugInfo" in e)) return null;
  if (code === "InvalidOperationInCellEditMode") return new UserError("OFFICE_BUSY");
  return new UserError("OFFICE_FAILED", { detail: typeof message === "string" ? message : code });
}
