import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openWorkbook, sharedPane } from "../helpers/browser";
import { COURT_SAMPLE, ROOT, tempDir } from "../helpers/paths";

/**
 * The largest realistic workload in the pane itself: a city's workbook of 100 sheets × 2,000
 * rows, read, checked and generated in the browser's main thread. Prints time and JS heap.
 */
const session = sharedPane();

async function cityWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  const trial = wb.getWorksheet("审判执行") as ExcelJS.Worksheet;
  for (let r = 0; r < 1980; r++)
    trial.addRow([
      null,
      null,
      null,
      null,
      null,
      `第${r + 1}项：全口径新收案件{新收案件}，{新收案件|同比}。`,
    ]);
  for (let s = 1; s <= 99; s++) {
    const ws = wb.addWorksheet(`单位${s}`);
    ws.addRow(["编码", "指标", "数值", "单位", "上年同期", "表述", "说明"]);
    for (let r = 1; r < 2000; r++)
      ws.addRow([`D${s}_${r}`, `指标${r}`, r, "件", r - 1, null, "单位自报"]);
  }
  const file = join(tempDir(), "city.xlsx");
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

it("checks and generates 100 sheets × 2,000 rows in the pane", async () => {
  const file = await cityWorkbook();
  const { context, page } = await session().open();
  await page.goto(`${session().base}taskpane.html`);
  await openWorkbook(page, file);

  let t = Date.now();
  await page.getByRole("button", { name: "检查" }).click();
  await page.getByRole("alert").filter({ hasText: "完整" }).waitFor({ timeout: 180_000 });
  const checkMs = Date.now() - t;
  // the 99 sheets of other data are one note each, not a warning per row
  await page.getByText("「单位99」表不属于本报告，已忽略。").waitFor();

  t = Date.now();
  await page.getByRole("button", { name: "生成报告" }).click();
  await page.getByRole("button", { name: "下载 Word 文档" }).waitFor({ timeout: 180_000 });
  const generateMs = Date.now() - t;
  await page.getByText("第1980项：全口径新收案件16742件，同比增长5.5%。").waitFor();
  const heapMB = await page.evaluate(() =>
    Math.round(
      ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
        0) /
        2 ** 20,
    ),
  );
  const line = `pane, 100 sheets × 2,000 rows: check ${(checkMs / 1000).toFixed(1)} s, generate ${(generateMs / 1000).toFixed(1)} s, JS heap after ${heapMB} MB`;
  console.log(line);
  writeFileSync(join(ROOT, "tests", "artifacts", "pane-scale.txt"), `${line}\n`);
  await page.screenshot({ path: join(ROOT, "tests", "artifacts", "pane-scale.png") });
  expect(heapMB).toBeLessThan(2048);
  await context.close();
}, 400_000);
