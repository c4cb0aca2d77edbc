import type { Server } from "node:http";
import { basename, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serveStatic } from "../../src/surfaces/serve/serveStatic";
import { ROOT } from "./paths";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OFFICE_CDN = "appsforoffice.microsoft.com";

export interface PaneSession {
  readonly browser: Browser;
  readonly server: Server;
  readonly base: string;
  /** every request that tried to leave the machine */
  readonly offMachine: string[];
  open(
    locale?: string,
    options?: {
      viewport?: { width: number; height: number };
      bypassCSP?: boolean;
      /** keep Chromium's showOpenFilePicker (by default gone, so the file chooser is the input's) */
      filePicker?: boolean;
    },
  ): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** dist/ on a local port, Chromium headless, and a guard that logs and blocks any other request. */
export async function startPane(): Promise<PaneSession> {
  const { server, url } = await serveStatic({
    dir: join(ROOT, "dist"),
    port: 0,
    host: "127.0.0.1",
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  const offMachine: string[] = [];
  const base = url;
  return {
    browser,
    server,
    base,
    offMachine,
    async open(locale = "zh-CN", options = {}) {
      const context = await browser.newContext({
        locale,
        acceptDownloads: true,
        viewport: options.viewport ?? { width: 420, height: 900 },
        // only to inject axe-core, which the page's own policy rightly refuses
        ...(options.bypassCSP ? { bypassCSP: true } : {}),
      });
      await context.route("**/*", (route) => {
        const u = route.request().url();
        if (u.startsWith(base) || u.startsWith("blob:") || u.startsWith("data:"))
          return route.continue();
        // standalone, nothing may leave the machine, Office.js included (it loads only in Office)
        offMachine.push(u);
        // no network here: anything else is refused at once, as on an offline machine
        return route.abort("internetdisconnected");
      });
      // Chromium's own picker is a native dialog no test can answer: without it the pane uses
      // the file input, whose chooser Playwright fills (a test of the handle path injects its own)
      if (!options.filePicker)
        await context.addInitScript(() => {
          delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
        });
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Opens a workbook the way a user does: 打开已填好的工作簿 (or 更换), then the system file chooser. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: /^(打开已填好的工作簿|更换)$/ }).click();
  await (await chooser).setFiles(file);
  await page.getByText(basename(file), { exact: true }).waitFor();
}

/**
 * One pane session per test file, closed afterwards; the file fails if any request tried to leave
 * the machine while it ran.
 */
export function sharedPane(): () => PaneSession {
  let pane: PaneSession | undefined;
  beforeAll(async () => {
    pane = await startPane();
  });
  afterAll(async () => {
    await pane?.close();
    expect(pane?.offMachine).toEqual([]);
  });
  return () => {
    if (!pane) throw new Error("the pane session has not started");
    return pane;
  };
}

/** Unfolds 更多选项 (报告类型, 模板, 草稿), folded until a workbook is open. */
export async function showOptions(page: Page, label = "更多选项"): Promise<void> {
  const open = await page.locator("details").evaluate((d) => d.hasAttribute("open"));
  if (!open) await page.getByText(label, { exact: true }).click();
}
