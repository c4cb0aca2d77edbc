/* global Office */
import type { HostKind } from "./host/paneHost.types";

export interface BootInfo {
  readonly host: HostKind;
  readonly displayLanguage: string | undefined;
}

/** How long to wait for Office before running as a plain page (Office.js missing or offline). */
const OFFICE_WAIT_MS = 4000;

/**
 * Office.js comes from Microsoft's CDN in taskpane.html. Outside Office it either never loads
 * (offline) or reports no host; both mean the standalone page.
 */
export async function bootOffice(): Promise<BootInfo> {
  const language = typeof navigator !== "undefined" ? navigator.language : undefined;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { host: "browser", displayLanguage: language };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_WAIT_MS)),
  ]);
  const host: HostKind =
    info?.host === Office.HostType.Excel
      ? "excel"
      : info?.host === Office.HostType.Word
        ? "word"
        : "browser";
  const displayLanguage = host === "browser" ? language : Office.context?.displayLanguage;
  return { host, displayLanguage };
}
