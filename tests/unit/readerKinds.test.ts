import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { xlsxFileSource } from "../../src/adapters/xlsx-file/xlsxSource";
import { readDocxParagraphs } from "../../src/core/docx/readDocxParagraphs";
import { UserError } from "../../src/core/errors/userError";
import type { Dataset } from "../../src/core/read/dataset.types";
import { COURT_SAMPLE } from "../helpers/paths";
import { courtPack, courtTemplate, engine } from "../helpers/workbooks";

/** The court sample, edited the way a clerk edits it, written as an .xlsx by ExcelJS. */
async function sampleWith(
  edit: (wb: ExcelJS.Workbook) => void,
  options: { date1904?: boolean } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(COURT_SAMPLE);
  if (options.date1904) wb.properties.date1904 = true;
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const ws = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
const read = (bytes: Uint8Array): Promise<Dataset> =>
  engine.read(xlsxFileSource(bytes, nodeInflateRaw), courtPack());
const check = (ds: Dataset) => engine.check(ds, courtTemplate()).result;
const report = (ds: Dataset) => {
  const g = engine.generate(ds, courtTemplate(), { allowIncomplete: true });
  if (!g.ok) throw new Error(g.reason);
  return readDocxParagraphs(g.bytes).map((p) => p.text);
};
/** The row of a metric code in a sheet. */
const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === code) found = row;
  });
  return found as ExcelJS.Row;
};

describe("number formats: what the clerk sees is what the report says", () => {
  it.each([
    ["0.00%", 0.8557],
    ["0.00\\%", 85.57],
    ['0.00"%"', 85.57],
    ["0.0%;[Red]-0.0%", 0.8557],
  ])("a rate formatted %s holding %d reads as 85.57%%", async (numFmt, value) => {
    const bytes = await sampleWith((wb) => {
      const cell = rowOf(ws(wb, "审判执行"), "SP04").getCell(3);
      cell.value = value;
      cell.numFmt = numFmt;
    });
    const ds = await read(bytes);
    expect(ds.metrics.get("SP04")?.figure).toMatchObject({ kind: "number", value: 85.57 });
    expect(
      check(ds).issues.filter((i) => i.metric === "SP04" && i.code !== "METRIC_UNUSED"),
    ).toEqual([]);
  });

  it("a count somebody formatted as a date is still the count", async () => {
    const bytes = await sampleWith((wb) => {
      const cell = rowOf(ws(wb, "审判执行"), "SP02").getCell(3);
      cell.numFmt = "yyyy/m/d";
    });
    expect((await read(bytes)).metrics.get("SP02")?.figure).toMatchObject({ value: 16742 });
  });

  it.each([false, true])(
    "dates are right in the 1900 and the 1904 date system (1904: %s)",
    async (d1904) => {
      const bytes = await sampleWith(
        (wb) => {
          const info = ws(wb, "报告信息");
          info.getCell("B4").value = new Date(Date.UTC(2023, 11, 15));
          info.getCell("B4").numFmt = 'yyyy"年"m"月"d"日"';
        },
        { date1904: d1904 },
      );
      const ds = await read(bytes);
      expect(ds.info.cutoff).toEqual({ y: 2023, m: 12, d: 15 });
    },
  );
});

describe("hidden things and copies", () => {
  it("a stray copy of last year's sheet never wins over the real one", async () => {
    const bytes = await sampleWith((wb) => {
      const real = ws(wb, "审判执行");
      real.name = "2.审判执行情况";
      const copy = wb.addWorksheet("审判执行(2022)");
      copy.addRow(["编码", "指标", "数值", "单位", "上年同期", "表述"]);
      copy.addRow(["SP02", "新收案件", 1, "件"]);
      // the copy comes before the real sheet
      wb.worksheets.sort((a, b) =>
        a.name === "审判执行(2022)" ? -1 : b.name === "审判执行(2022)" ? 1 : 0,
      );
    });
    const ds = await read(bytes);
    expect(ds.metrics.get("SP02")).toMatchObject({
      sheet: "2.审判执行情况",
      figure: { value: 16742 },
    });
    const notes = check(ds).issues.filter((i) => i.code === "SHEET_NOT_IN_REPORT");
    expect(notes.map((i) => i.args.sheet)).toEqual(["审判执行(2022)"]);
    expect(check(ds).issues.filter((i) => i.code === "METRIC_DUPLICATE")).toEqual([]);
  });

  it("a hidden backup is used only when no visible sheet matches, with a warning", async () => {
    const withBackup = await sampleWith((wb) => {
      ws(wb, "审判执行").name = "审判执行情况";
      const backup = wb.addWorksheet("审判执行", { state: "hidden" });
      backup.addRow(["编码", "指标", "数值"]);
      backup.addRow(["SP02", "新收案件", 1]);
    });
    const a = await read(withBackup);
    expect(a.metrics.get("SP02")?.sheet).toBe("审判执行情况");
    expect(check(a).issues.filter((i) => i.code === "SHEET_HIDDEN_USED")).toEqual([]);

    const onlyHidden = await sampleWith((wb) => {
      ws(wb, "审判执行").state = "hidden";
    });
    const b = await read(onlyHidden);
    expect(b.metrics.get("SP02")?.sheet).toBe("审判执行");
    expect(check(b).issues.filter((i) => i.code === "SHEET_HIDDEN_USED")).toHaveLength(1);
  });

  it("hidden rows are left out of the report, said once per sheet", async () => {
    const bytes = await sampleWith((wb) => {
      const sheet = ws(wb, "审判执行");
      let n = 0;
      sheet.eachRow((row) => {
        const text = row.getCell(7).value;
        if (typeof text === "string" && text.includes("刑拘直诉")) row.hidden = true;
        if (typeof text === "string" && text.includes("百大集团")) row.hidden = true;
        n++;
      });
      expect(n).toBeGreaterThan(5);
    });
    const ds = await read(bytes);
    const hidden = check(ds).issues.filter((i) => i.code === "ROWS_HIDDEN");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]?.args.count).toBe(2);
    const text = report(ds).join("\n");
    expect(text).not.toContain("刑拘直诉");
    expect(text).not.toContain("百大集团");
  });
});

describe("what people type", () => {
  it("报告信息 laid out as 序号 | 项目 | 填报内容 | 说明 is read", async () => {
    const bytes = await sampleWith((wb) => {
      const info = ws(wb, "报告信息");
      info.spliceColumns(1, 0, ["序号", 1, 2, 3, 4, 5, 6]);
      info.getCell("C1").value = "填报内容";
    });
    const ds = await read(bytes);
    expect(ds.info.byRole("unitName")?.value).toEqual({ kind: "text", text: "东营区人民法院" });
    expect(check(ds).issues.filter((i) => i.code.startsWith("INFO_"))).toEqual([]);
  });

  it("a sheet without a 编码 column is matched by metric name", async () => {
    const bytes = await sampleWith((wb) => ws(wb, "党的领导").spliceColumns(1, 1));
    const ds = await read(bytes);
    expect(ds.metrics.get("DL01")?.figure).toMatchObject({ value: 46 });
    expect(check(ds).issues.filter((i) => i.category === "party")).toEqual([]);
  });

  it("typed heading numbers are taken off once; a statement without its stop gets one; Alt+Enter joins", async () => {
    const bytes = await sampleWith((wb) => {
      const plans = ws(wb, "工作打算");
      plans.getCell("G2").value = "一、聚焦习近平法治思想学宣贯";
      plans.getCell("G3").value = "（二）聚焦发挥审判职能作用。";
      const party = ws(wb, "党的领导");
      let first = true;
      party.eachRow((row) => {
        const v = row.getCell(7).value;
        if (first && typeof v === "string" && v.endsWith("。")) {
          row.getCell(7).value = `${v.slice(0, 10)}\n${v.slice(10, -1)}`;
          first = false;
        }
      });
    });
    const text = report(await read(bytes));
    expect(text.some((p) => p.startsWith("（一）聚焦习近平法治思想学宣贯。扎实开展"))).toBe(true);
    expect(text.some((p) => p.startsWith("（二）聚焦发挥审判职能作用。推进扫黑"))).toBe(true);
    expect(text.join("")).not.toMatch(/（[一二]）[一二]、|（二）（二）|。。/);
    expect(text.find((p) => p.startsWith("（一）坚持党的领导"))).toContain(
      "抓住领导干部“关键少数”，严格落实“第一议题”制度，学习贯彻党的二十大精神，开展集中学习、专题研讨46次。",
    );
  });
});

describe("never a hang, never a crash", () => {
  it("any cut or garbled sheet ends in a dataset or one clear refusal, quickly", async () => {
    const sample = await sampleWith(() => undefined);
    const zip = new PizZip(sample);
    const name = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n)) as string;
    const xml = zip.file(name)!.asText();
    for (let cut = 0; cut < xml.length; cut += Math.max(1, Math.floor(xml.length / 60))) {
      for (const variant of [
        xml.slice(0, cut),
        xml.slice(0, cut) + '<row r="9"><c r="A',
        xml.replace(/<\/row>/g, ""),
      ]) {
        const z = new PizZip(sample);
        z.file(name, variant);
        const bytes = z.generate({ type: "uint8array", compression: "DEFLATE" });
        const start = Date.now();
        try {
          await read(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
        }
        expect(Date.now() - start).toBeLessThan(2000);
      }
    }
  });
});
