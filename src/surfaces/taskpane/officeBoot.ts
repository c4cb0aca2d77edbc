/* global Office */
import type { HostKind } from "./host/paneHost.types";

export interface BootInfo {
  readonly host: HostKind;
  readonly displayLanguage: string | undefined;
  /** Office too old for what the pane needs: the message to show instead of the pane */
  readonly unsupported?: "excel" | "word";
  /** the webview cannot run the pane; pageBoot.js has said so */
  readonly oldWebview?: boolean;
}

/** What pageBoot.js (run before this bundle, in ES5) found and started. */
interface PageBoot {
  readonly inOffice: boolean;
  readonly oldWebview: boolean;
  /** Office.js loading: true once loaded, false when it failed (offline) */
  readonly office: Promise<boolean> | null;
}

/** How long to wait for Office to answer before running as a plain page. */
const OFFICE_WAIT_MS = 8000;

/** The Excel and Word API versions the pane's adapters use. */
const NEEDS = { excel: ["ExcelApi", "1.7"], word: ["WordApi", "1.1"] } as const;

/**
 * Where the pane runs. Outside Office (no ?host=office, no _host_Info) Office.js was never
 * requested and the answer is immediate: the standalone page. Inside Office it waits for Office.js
 * and Office.onReady, and checks the requirement sets the adapters need.
 */
export async function bootOffice(): Promise<BootInfo> {
  const language = typeof navigator !== "undefined" ? navigator.language : undefined;
  // cast: pageBoot.js, the page's first script, leaves its answer on window
  const page = (window as unknown as { __reportAssemblerBoot?: PageBoot }).__reportAssemblerBoot;
  if (page?.oldWebview) return { host: "browser", displayLanguage: language, oldWebview: true };
  if (!page?.inOffice || !page.office) return { host: "browser", displayLanguage: language };
  const loaded = await page.office;
  if (!loaded || typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { host: "browser", displayLanguage: language };
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
  if (host === "excel" || host === "word") {
    const [set, version] = NEEDS[host];
    if (!Office.context.requirements.isSetSupported(set, version))
      return { host, displayLanguage, unsupported: host };
  }
  return { host, displayLanguage };
}
