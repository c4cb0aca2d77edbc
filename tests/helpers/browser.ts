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
    options?: { viewport?: { width: number; height: number }; bypassCSP?: boolean },
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
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Opens a workbook the way a user does: the 打开工作簿 button, then the system file chooser. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "打开工作簿" }).click();
  await (await chooser).setFiles(file);
  await page.getByText(basename(file)).waitFor();
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
