import { join } from "node:path";
import type { Page } from "playwright-core";
import { openWorkbook, sharedPane } from "../helpers/browser";
import { COURT_SAMPLE, ROOT, tempDir } from "../helpers/paths";
import ExcelJS from "exceljs";

/**
 * axe-core in every state a clerk meets — after load, check, generate and an error — in the light
 * and dark themes and with forced colours, at the narrowest pane (320 px): no violation, and
 * nothing left for review beyond the short list below, each with its reason.
 */
const session = sharedPane();
const AXE = require.resolve("axe-core/axe.min.js");

/** "incomplete" results axe cannot decide, and why they are fine here. */
const REVIEWED: Readonly<Record<string, string>> = {
  // Fluent's tokens give ≥ 4.5:1; axe cannot compute contrast over layered backgrounds and
  // pseudo-elements (the progress bars, the preview's yellow marks)
  "color-contrast":
    "colours come from Fluent's checked tokens; layered backgrounds are undecidable",
};

async function audit(page: Page, state: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe;
    return axe.run({ resultTypes: ["violations", "incomplete"] });
  })) as {
    violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
    incomplete: Array<{ id: string; nodes: Array<{ target: string[]; html: string }> }>;
  };
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect([state, violations]).toEqual([state, []]);
  const open = result.incomplete
    .filter((i) => !(i.id in REVIEWED))
    .map((i) => `${i.id}: ${i.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`);
  expect([state, open]).toEqual([state, []]);
}

async function gaps(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  wb.getWorksheet("审判执行")!.getCell("C7").value = null;
  const file = join(tempDir(), "有缺项.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe.each([
  ["light", "light", "none"],
  ["dark", "dark", "none"],
  ["forced colours", "light", "active"],
] as const)("axe-core, %s, 320 px", (name, colorScheme, forcedColors) => {
  it("load, check, generate and an error: no violation", async () => {
    const { context, page } = await session().open("zh-CN", {
      viewport: { width: 320, height: 800 },
      bypassCSP: true,
    });
    await page.emulateMedia({ colorScheme, forcedColors });
    await page.goto(`${session().base}taskpane.html`);
    await page.getByRole("heading", { name: "报告助手" }).waitFor();
    await audit(page, `${name}: after load`);

    await openWorkbook(page, await gaps());
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "检查完成" }).waitFor();
    await audit(page, `${name}: after check`);
    await page.screenshot({
      path: join(ROOT, "tests", "artifacts", `pane-check-${colorScheme}-${forcedColors}.png`),
      fullPage: true,
    });

    await page.getByRole("checkbox", { name: /允许生成不完整的草稿/ }).check();
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByRole("button", { name: "下载 Word 文档" }).waitFor();
    await audit(page, `${name}: after generate`);

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "更换" }).click();
    await (await chooser).setFiles(join(ROOT, "packs", "court-annual", "template.docx"));
    await page.getByText("是 Word 文档，不是工作簿").first().waitFor();
    await audit(page, `${name}: after an error`);
    await context.close();
  });
});
