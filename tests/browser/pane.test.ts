import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openWorkbook, sharedPane, showOptions } from "../helpers/browser";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, ROOT, XXGK_SAMPLE, tempDir } from "../helpers/paths";

const ARTIFACTS = join(ROOT, "tests", "artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

const session = sharedPane();

async function workbookWithGaps(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  wb.getWorksheet("审判执行")!.getCell("C7").value = null; // 执行到位金额
  wb.getWorksheet("党的领导")!.getCell("C2").value = "很多"; // 集中学习研讨
  const file = join(tempDir(), "有缺项的工作簿.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the standalone page in Chromium", () => {
  it("loads without Office, in Chinese, with its controls named", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await page.getByRole("heading", { name: "报告助手" }).waitFor();
    for (const name of ["打开已填好的工作簿", "使用示例工作簿", "检查", "生成报告"]) {
      await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
    }
    // the first click is plain: the options wait, folded, until a workbook is open
    const filled = (name: string) =>
      page.getByRole("button", { name }).evaluate((b) => getComputedStyle(b).backgroundColor);
    // the one filled (primary) button on first run is the first step
    await expect(filled("打开已填好的工作簿")).resolves.toBe("rgb(15, 108, 189)");
    await expect(filled("使用示例工作簿")).resolves.not.toBe("rgb(15, 108, 189)");
    await expect(page.getByRole("combobox", { name: "报告类型" }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "pane-start.png"), fullPage: true });
    await showOptions(page);
    await expect(page.getByRole("combobox", { name: "报告类型" }).count()).resolves.toBe(1);
    await context.close();
  });

  it("checks a workbook with gaps and points at the right cells", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await openWorkbook(page, await workbookWithGaps());
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。不完整" }).waitFor();
    // under each sheet's heading, the cell alone
    await page.getByRole("heading", { name: /「审判执行」表/ }).waitFor();
    await page.getByText("C7", { exact: true }).waitFor();
    await page.getByText("C2", { exact: true }).waitFor();
    await expect(page.getByText(/「执行到位金额」未填写：请填写数值/).count()).resolves.toBe(1);
    // a part with a gap says so in words, to the eye and to a screen reader
    const bar = page.getByRole("progressbar", { name: "审判执行" });
    await expect(bar.getAttribute("aria-valuetext")).resolves.toBe("还差 1 处");
    await page.getByText("还差 1 处").first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "pane-check.png"), fullPage: true });

    // generating is refused; the refusal offers a draft
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByText("工作簿尚不完整，未生成报告").first().waitFor();
    await page.getByRole("button", { name: "生成草稿" }).click();
    await page
      .getByText(/报告草稿已生成，其中 2 处标有【待补充】/)
      .first()
      .waitFor();
    await expect(
      page.locator("mark").filter({ hasText: "【待补充：执行到位金额】" }).count(),
    ).resolves.toBe(1);
    await context.close();
  });

  it("previews a 政府信息公开 report's statutory tables as tables", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await openWorkbook(page, XXGK_SAMPLE);
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.getByRole("button", { name: "下载 Word 文档" }).waitFor();
    await page.getByText("全年新收政府信息公开申请46件").waitFor();
    const tables = page.locator("article table");
    await expect(tables.count()).resolves.toBe(3);
    // 表三: 28 rows, the corner note merged over three columns and three rows
    await expect(tables.nth(1).locator("tr").count()).resolves.toBe(28);
    const corner = tables.nth(1).locator("td").first();
    await expect(corner.getAttribute("colspan")).resolves.toBe("3");
    await expect(corner.getAttribute("rowspan")).resolves.toBe("3");
    await page.screenshot({ path: join(ARTIFACTS, "pane-tables.png"), fullPage: true });
    await context.close();
  });

  it("generates the report of a complete workbook and downloads it as .docx", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await openWorkbook(page, COURT_SAMPLE);
    await page.getByRole("button", { name: "生成报告" }).click();
    const downloadButton = page.getByRole("button", { name: "下载 Word 文档" });
    await downloadButton.waitFor();
    await page.getByText("全口径新收案件16742件").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "pane-report.png"), fullPage: true });
    const download = page.waitForEvent("download");
    await downloadButton.click();
    const file = join(tempDir(), "report.docx");
    await (await download).saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(5000);
    const text = docxParagraphs(new Uint8Array(readFileSync(file))).join("\n");
    expect(text).toContain("东营区人民法院");
    expect(text).toContain("截止12月15日，全口径新收案件16742件，结案15629件");
    expect(text).toContain("执行到位2000余万元");
    await context.close();
  });

  it("the sample button loads the bundled sample of the chosen report type", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await showOptions(page);
    await page.getByRole("combobox", { name: "报告类型" }).selectOption("gov-annual");
    await page.getByRole("button", { name: "使用示例工作簿" }).click();
    await page.getByText("gov-annual-sample.xlsx", { exact: true }).waitFor();
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。完整：可以生成报告" }).waitFor();
    await context.close();
  });

  it("refuses a file that is not a workbook when it is opened, keeping the one before", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await openWorkbook(page, COURT_SAMPLE);
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成" }).waitFor();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "更换" }).click();
    await (await chooser).setFiles(join(ROOT, "packs", "court-annual", "template.docx"));
    // the sentence names the file it refuses
    await page.getByText("「template.docx」是 Word 文档，不是工作簿").first().waitFor();
    await expect(page.getByText(/出现了意外的问题|操作未完成/).count()).resolves.toBe(0);
    // the previous workbook stays in use, its result said to be its own
    await page.getByText("court-annual-sample.xlsx", { exact: true }).waitFor();
    await page
      .getByText("以下仍是「court-annual-sample.xlsx」的结果，所选的文件没有打开。")
      .waitFor();
    await page.getByText("完整：可以生成报告").first().waitFor();
    await context.close();
  });

  it("speaks English where the display language is English", async () => {
    const { context, page } = await session().open("en-US");
    await page.goto(`${session().base}taskpane.html`);
    await page.getByRole("heading", { name: "Report Assembler" }).waitFor();
    await expect(
      page.getByRole("button", { name: "Open a filled-in workbook" }).count(),
    ).resolves.toBe(1);
    // the first run's options and a refusal, in English too
    await expect(
      page.getByRole("button", { name: "Download a blank workbook" }).count(),
    ).resolves.toBe(1);
    await page.getByText("More options", { exact: true }).waitFor();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open a filled-in workbook" }).click();
    await (await chooser).setFiles(join(ROOT, "packs", "court-annual", "template.docx"));
    const refusal = page.getByText(/“template\.docx”/).first();
    await refusal.waitFor();
    // English but for the names it quotes
    const said = (await refusal.textContent()) ?? "";
    expect(said.replace(/“[^”]*”/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
    await context.close();
  });
});

describe("templates and keyboard", () => {
  it("checks a template the user picks before using it, and names the broken tag", async () => {
    const PizZip = (await import("pizzip")).default;
    const zip = new PizZip(readFileSync(join(ROOT, "packs", "court-annual", "template.docx")));
    const xml = zip.file("word/document.xml")!.asText();
    zip.file("word/document.xml", xml.replace("{报告标题}", "{报告标题}{新收案件|不存在的过滤器}"));
    const file = join(tempDir(), "我的模板.docx");
    writeFileSync(file, zip.generate({ type: "nodebuffer" }));

    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await showOptions(page);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "换用自己的模板" }).click();
    await (await chooser).setFiles(file);
    await page.getByText("我的模板.docx").waitFor();
    await page.getByText(/「不存在的过滤器」不是可用的写法/).waitFor();
    await page.getByRole("button", { name: "换回内置模板" }).click();
    await expect(page.getByText(/不存在的过滤器/).count()).resolves.toBe(0);
    await context.close();
  });

  it("works from the keyboard alone", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    await page.getByRole("heading", { name: "报告助手" }).waitFor();
    const focusOn = async (name: string) => {
      const now = await page.evaluate(() =>
        document.activeElement === document.body ? "" : (document.activeElement?.textContent ?? ""),
      );
      if (now.includes(name)) return;
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
        if (label.includes(name)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await focusOn("使用示例工作簿");
    await page.keyboard.press("Enter");
    await page.getByText("court-annual-sample.xlsx", { exact: true }).waitFor();
    await focusOn("检查");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "检查完成。完整：可以生成报告" }).waitFor();
    await context.close();
  });
});

describe("never a stale result", () => {
  it("with a file handle, 检查 reads the file as saved now", async () => {
    const { context, page } = await session().open("zh-CN", { filePicker: true });
    // the picker answers with a file of the origin-private file system, which the test rewrites
    await context.addInitScript(() => {
      Object.assign(window, {
        showOpenFilePicker: async () => {
          const root = await navigator.storage.getDirectory();
          return [await root.getFileHandle("有缺项的工作簿.xlsx")];
        },
      });
    });
    await page.goto(`${session().base}taskpane.html`);
    const save = async (file: string) => {
      const bytes = [...readFileSync(file)];
      await page.evaluate(async (data) => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle("有缺项的工作簿.xlsx", { create: true });
        const out = await handle.createWritable();
        await out.write(new Uint8Array(data));
        await out.close();
      }, bytes);
    };
    await save(await workbookWithGaps());
    await page.getByRole("button", { name: "打开已填好的工作簿" }).click();
    await page.getByText("有缺项的工作簿.xlsx", { exact: true }).waitFor();
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。不完整" }).waitFor();
    // fixed and saved in Excel: the next 检查 sees it, nothing picked again
    await save(COURT_SAMPLE);
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。完整" }).waitFor();
    await page.getByText(/^读取于 \d\d:\d\d$/).waitFor();
    await expect(page.getByRole("button", { name: "重新读取" }).count()).resolves.toBe(1);
    await context.close();
  });

  it("with a picked file changed on disk, 检查 says so and 重新读取 picks it again", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    const file = await workbookWithGaps();
    await openWorkbook(page, file);
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。不完整" }).waitFor();
    // the clerk fixes the workbook and saves it over the same file
    writeFileSync(file, readFileSync(COURT_SAMPLE));
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByText("「有缺项的工作簿.xlsx」在选择之后又修改过").first().waitFor();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "重新读取" }).click();
    await (await chooser).setFiles(file);
    await page.getByRole("status").filter({ hasText: "已打开「有缺项的工作簿.xlsx」" }).waitFor();
    await page.getByRole("button", { name: "检查" }).click();
    await page.getByRole("status").filter({ hasText: "检查完成。完整" }).waitFor();
    await context.close();
  });

  it("Tab reaches 检查 before a workbook is open, and hears why it waits", async () => {
    const { context, page } = await session().open();
    await page.goto(`${session().base}taskpane.html`);
    const check = page.getByRole("button", { name: "检查" });
    await check.focus();
    await expect(check.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(check.getAttribute("aria-disabled")).resolves.toBe("true");
    const why = await check.getAttribute("aria-describedby");
    await expect(page.locator(`#${why ?? ""}`).textContent()).resolves.toBe(
      "请先打开工作簿，或使用示例工作簿",
    );
    await context.close();
  });
});
