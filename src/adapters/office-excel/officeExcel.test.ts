import { cellAddress } from "../../core/grid/a1";
import type { WorkbookGrid } from "../../core/grid/grid.types";

import { planPrepare } from "../../core/scaffold/planPrepare";
import { bigModel, expectedSyncs, tablesPack } from "../../../tests/helpers/excelModels";
import {
  fakeExcel,
  PropertyNotLoaded,
  type ModelValue,
  WorkbookModel,
} from "../../../tests/helpers/fakeExcel";
import { COURT_SAMPLE, XXGK_SAMPLE } from "../../../tests/helpers/paths";
import {
  courtPack,
  courtTemplate,
  engine,
  readGrid,
  xxgkPack,
  xxgkTemplate,
} from "../../../tests/helpers/workbooks";
import type { Pack } from "../../core/packs/pack.types";
import { UserError } from "../../core/errors/userError";
import { failureMessage } from "../../core/messages/render";
import { applyPrepare } from "./applyPrepare";
import { excelGridSource } from "./excelGridSource";
import { clearHighlights, HIGHLIGHT_SETTING, highlightCells, selectCell } from "./highlightCells";

/** The open workbook read through the adapter, as the pane reads it. */
const readOpen = (context: Excel.RequestContext, pack: Pack = courtPack()) =>
  engine.read(excelGridSource(context), pack);

/** Puts a grid read from an .xlsx file into the fake workbook, as if the user had it open. */
function modelFromGrid(grid: WorkbookGrid): WorkbookModel {
  const model = new WorkbookModel();
  for (const s of grid.sheets) {
    const sheet = model.add(
      s.name,
      s.visibility === "visible" ? "Visible" : s.visibility === "hidden" ? "Hidden" : "VeryHidden",
    );
    s.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (typeof v === "object" && "date" in v) {
          const serial = Date.UTC(v.date.y, v.date.m - 1, v.date.d) / 86_400_000 + 25_569;
          sheet.set(cellAddress(r, c), serial, "yyyy/m/d");
        } else if (typeof v === "object") sheet.set(cellAddress(r, c), v.error);
        else sheet.set(cellAddress(r, c), v);
      }),
    );
  }
  return model;
}

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readGrid(COURT_SAMPLE);
});

describe("the Excel adapter's grid source", () => {
  it.each([1, 10, 100])("takes the same number of round trips for %i sheets", async (n) => {
    const { context, fake } = fakeExcel(bigModel(n, 40));
    const ds = await readOpen(context, tablesPack(n));
    expect(ds.metrics.get(`X${n}`)?.figure).toEqual({
      kind: "number",
      value: 3 + n - 1,
      approx: null,
    });
    expect(ds.items.get(`t${n}`)).toHaveLength(40);
    expect(fake.syncs).toBe(4);
  });

  // 200,000 rows a sheet: tests/scale/excelBlocks.test.ts
  it("reads only the columns the report uses, in blocks for large sheets", async () => {
    const { context, fake } = fakeExcel(bigModel(2, 30_000));
    const ds = await readOpen(context, tablesPack(2));
    expect(ds.items.get("t2")?.[29_999]?.text).toBe("第30000条");
    expect(fake.syncs).toBeGreaterThanOrEqual(expectedSyncs(2, 30_000));
    expect(fake.syncs).toBeLessThanOrEqual(expectedSyncs(2, 30_000) + 1);
  });

  it("reads the open court workbook into the same dataset as the file: complete", async () => {
    const { context } = fakeExcel(modelFromGrid(sample));
    const ds = await readOpen(context);
    // the sample has no 成文日期: its report ends without a 落款, as the reference report does
    const issues = engine.check(ds, courtTemplate()).result.issues;
    expect(issues.filter((i) => i.severity !== "note").map((i) => i.code)).toEqual([
      "SIGN_DATE_MISSING",
    ]);
    expect(ds.info.cutoff).toEqual({ y: 2023, m: 12, d: 15 });
  });

  it("reads percent-formatted cells as such, and a literal per-cent sign as not scaling", async () => {
    const model = modelFromGrid(sample);
    model.sheet("审判执行")?.set("C5", 0.8557, "0.00%").set("F5", 86.52, "0.00\\%");
    const ds = await readOpen(fakeExcel(model).context);
    expect(ds.metrics.get("SP04")).toMatchObject({
      figure: { value: 85.57 },
      prior: { value: 86.52 },
    });
  });

  it("leaves out rows the user hid, as the file reader does", async () => {
    const model = modelFromGrid(sample);
    model.sheet("审判执行")!.hiddenRows = new Set([12]);
    const ds = await readOpen(fakeExcel(model).context);
    expect(ds.items.get("trial")?.map((i) => i.cell)).not.toContain("G13");
    expect(ds.sheets.find((s) => s.sheet === "审判执行")?.hiddenRows).toEqual([12]);
  });

  it("the fake refuses a read before load and sync, as Excel does", async () => {
    const { context } = fakeExcel(bigModel(1, 2));
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(PropertyNotLoaded);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(PropertyNotLoaded);
    await context.sync();
    expect(sheets.items[0]?.name).toBe("表1");
  });
});

function snapshot(model: WorkbookModel): Map<string, ModelValue> {
  const m = new Map<string, ModelValue>();
  for (const s of model.sheets) for (const [a, v] of s.values) m.set(`${s.name}!${a}`, v);
  return m;
}

/** A deterministic pseudo-random workbook full of somebody's data, some of it in standard sheets. */
function userWorkbook(seed: number): WorkbookModel {
  let x = seed;
  const rand = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  const model = new WorkbookModel();
  model.add("报告信息").fill([
    ["项目", "内容"],
    ["单位名称", "某某法院"],
    ["备注", "自己加的行"],
  ]);
  const trial = model.add("审判执行").fill([
    ["编码", "指标", "数值", "单位", "上年同期", "表述", "说明"],
    ["SP02", "新收案件", 100, "件"],
  ]);
  for (let r = 2; r < 2 + rand(20); r++)
    trial.fill([[null, null, null, null, null, `工作${r}`, rand(2) ? "备注" : null]], r);
  const mine = model.add("我的统计");
  for (let i = 0; i < 200; i++)
    mine.set(cellAddress(rand(50), rand(12)), rand(3) ? rand(10_000) : `文字${rand(100)}`);
  model.add("党的领导"); // exists but has no header: must be left alone
  model.sheet("党的领导")?.fill([["自由记录"], [null, "不是表头"]]);
  return model;
}

describe("Prepare never changes a cell that holds data", () => {
  it.each([1, 2, 3, 4, 5])("random workbook %i", async (seed) => {
    const model = userWorkbook(seed);
    const before = snapshot(model);
    const { context, fake } = fakeExcel(model);
    const plan = planPrepare(await readOpen(context));
    await applyPrepare(context, plan);
    // reading: the sheet list, two for the first rows, one for the columns; writing: one to find
    // which sheets are protected, one to write (none of these is)
    expect(fake.syncs).toBe(6);
    const after = snapshot(model);
    for (const [cell, v] of before) expect([cell, after.get(cell)]).toEqual([cell, v]);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBeGreaterThan(0);
    // what was added: the missing sheets, missing rows in 审判执行, missing keys in 报告信息
    expect(model.sheets.map((s) => s.name)).toEqual([
      "报告信息",
      "审判执行",
      "我的统计",
      "党的领导",
      "服务发展",
      "基层治理",
      "创新治理",
      "存在问题",
      "工作打算",
    ]);
    expect(plan.skipped).toEqual([{ sheet: "党的领导", reason: "no-header" }]);
    expect(model.sheet("报告信息")?.values.get("A4")).toBe("报告年度");
    expect(model.sheet("审判执行")?.values.get("A2")).toBe("SP02");
    const trialCodes = [...(model.sheet("审判执行")?.values ?? [])]
      .filter(([a]) => a.startsWith("A"))
      .map(([, v]) => v);
    expect(trialCodes).toEqual(expect.arrayContaining(["SP01", "SP03", "SP09"]));
  });

  it.each([11, 12, 13])(
    "highlight and clear change no value (random workbook %i)",
    async (seed) => {
      const model = userWorkbook(seed);
      const before = snapshot(model);
      const { context } = fakeExcel(model);
      const cells = [
        ...model.sheets.flatMap((s) =>
          [...s.values.keys()].slice(0, 30).map((cell) => ({ sheet: s.name, cell })),
        ),
      ];
      await highlightCells(context, cells);
      expect(snapshot(model)).toEqual(before);
      await clearHighlights(context);
      expect(snapshot(model)).toEqual(before);
      expect(model.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
    },
  );

  it("a second Prepare adds nothing", async () => {
    const model = userWorkbook(7);
    const { context } = fakeExcel(model);
    await applyPrepare(context, planPrepare(await readOpen(context)));
    const once = snapshot(model);
    const again = planPrepare(await readOpen(context));
    expect(again.newSheets).toEqual([]);
    expect(again.appends).toEqual([]);
    await applyPrepare(context, again);
    expect(snapshot(model)).toEqual(once);
  });

  it("Prepare on an empty workbook lays down the standard workbook, which check then reads", async () => {
    const model = new WorkbookModel();
    const { context } = fakeExcel(model);
    await applyPrepare(context, planPrepare(await readOpen(context)));
    const result = engine.check(await readOpen(context), courtTemplate()).result;
    const missing = result.issues.filter((i) => i.code === "METRIC_VALUE_MISSING");
    expect(missing.length).toBe(courtPack().metrics.filter((m) => m.required).length);
    expect(model.sheet("审判执行")?.validations.size).toBeGreaterThan(0);
    expect(model.sheet("审判执行")?.frozenRows).toBe(1);
    // protected as the blank workbook is, without a password: 数值 (C), 上年同期 (F) and 表述 (G) open whole
    // (inserted rows too), their headers and 编码/指标 locked, rows insertable
    const trial = model.sheet("审判执行");
    expect(trial?.protection).toMatchObject({ allowInsertRows: true, allowSort: true });
    expect(trial?.password).toBeNull();
    for (const cell of ["C2", "F2", "G2", "C500", "G500"])
      expect([cell, trial?.isLocked(cell)]).toEqual([cell, false]);
    for (const cell of ["A2", "B2", "E2", "C1", "G1"])
      expect([cell, trial?.isLocked(cell)]).toEqual([cell, true]);
    expect(trial?.formats.get("C2")?.fill).toBe("#FFF8E1");
    const info = model.sheet("报告信息");
    const typeRow = [...(info?.values ?? [])].find(([, v]) => v === "报告类型")?.[0] ?? "";
    expect(info?.isLocked(typeRow.replace("A", "B"))).toBe(true);
    expect(info?.isLocked("B2")).toBe(false);
    // and the clerk is left where filling in starts
    expect(model.selected).toBe("报告信息!B2");
  });
});

describe("Prepare and a sheet without 表述", () => {
  it("adds the 表述 column after the header's last cell, with the part's default sentences", async () => {
    const model = new WorkbookModel();
    model.add("报告信息").fill([
      ["项目", "内容"],
      ["单位名称", "某某法院"],
    ]);
    model.add("审判执行").fill([
      ["编码", "指标", "数值", "单位", "上年同期"],
      ["SP02", "新收案件", 100, "件", 90],
    ]);
    const before = snapshot(model);
    const { context } = fakeExcel(model);
    const plan = planPrepare(await readOpen(context));
    await applyPrepare(context, plan);
    const trial = model.sheet("审判执行");
    expect(trial?.values.get("F1")).toBe("表述");
    const sentences = [...(trial?.values ?? [])].filter(([a]) => /^F\d+$/.test(a) && a !== "F1");
    expect(sentences.length).toBe(
      courtPack()
        .categories.flatMap((c) => c.children ?? [c])
        .find((c) => c.short === "审判执行")?.defaultItems?.length,
    );
    // nothing that held anything changed
    const after = snapshot(model);
    for (const [cell, v] of before) expect([cell, after.get(cell)]).toEqual([cell, v]);
    const issues = engine.check(await readOpen(context), courtTemplate()).result.issues;
    expect(issues.filter((i) => i.code === "SHEET_COLUMN_MISSING")).toEqual([]);
  });
});

describe("protected sheets", () => {
  /** the court sample as Excel holds it, 审判执行 protected as the blank workbook protects it */
  const protectedModel = async (password: string | null = null) => {
    const model = modelFromGrid(await readGrid(COURT_SAMPLE));
    const trial = model.sheet("审判执行");
    if (!trial) throw new Error("no 审判执行");
    trial.protection = { allowInsertRows: true, allowSort: true };
    trial.password = password;
    return { model, trial };
  };

  it("标记 and 清除标记 lift the protection and restore it exactly, in a constant number of round trips", async () => {
    const { model, trial } = await protectedModel();
    const { context, fake } = fakeExcel(model);
    const cells = ["C2", "C3", "C4"].map((cell) => ({ sheet: "审判执行", cell }));
    await highlightCells(context, cells);
    expect(trial.conditionalFormats).toHaveLength(1);
    expect(trial.protection).toEqual({ allowInsertRows: true, allowSort: true });
    const marking = fake.syncs;
    await clearHighlights(context);
    expect(trial.conditionalFormats).toHaveLength(0);
    expect(trial.protection).toEqual({ allowInsertRows: true, allowSort: true });
    // as many for a thousand cells
    const again = await protectedModel();
    const big = fakeExcel(again.model);
    await highlightCells(
      big.context,
      Array.from({ length: 1000 }, (_, i) => ({ sheet: "审判执行", cell: cellAddress(i + 1, 2) })),
    );
    expect(big.fake.syncs).toBe(marking);
  });

  it("the fake refuses what Excel refuses: a conditional format or a locked cell on a protected sheet", async () => {
    const { model } = await protectedModel();
    const { context } = fakeExcel(model);
    const ws = context.workbook.worksheets.getItem("审判执行");
    ws.getRanges("C2").conditionalFormats.add("Custom");
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    ws.getRange("A2").values = [["改掉编码"]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
  });

  it("a sheet protected with a password is named in one sentence, and nothing is written", async () => {
    const { model, trial } = await protectedModel("秘密");
    const before = snapshot(model);
    const { context } = fakeExcel(model);
    const failure = await highlightCells(context, [{ sheet: "审判执行", cell: "C2" }]).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect(failureMessage(failure as UserError, "zh-CN")).toBe(
      "「审判执行」表设置了密码保护，报告助手不能在其中写入：请在 Excel 中点“审阅 → 撤销工作表保护”，输入密码后再试（写完后可以重新保护）。",
    );
    expect(trial.conditionalFormats).toHaveLength(0);
    expect(trial.protection).not.toBeNull();
    expect(snapshot(model)).toEqual(before);
  });
});

describe("statutory tables in Excel", () => {
  it("reads the open 政府信息公开 workbook in the same round trips, clean", async () => {
    const grid = await readGrid(XXGK_SAMPLE);
    const { context, fake } = fakeExcel(modelFromGrid(grid));
    const ds = await readOpen(context, xxgkPack());
    expect(fake.syncs).toBe(4);
    expect(engine.check(ds, xxgkTemplate()).result.issues).toEqual([]);
  });

  it("Prepare lays each table down as its form: merged, ruled, the inputs unlocked", async () => {
    const model = new WorkbookModel();
    const { context } = fakeExcel(model);
    await applyPrepare(context, planPrepare(await readOpen(context, xxgkPack())));
    const t3 = model.sheet("表三依申请");
    const table = xxgkPack().tables[1]!;
    const merged = table.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).length;
    // the title and the note line, then the form's own merges
    expect(t3?.merges).toHaveLength(merged + 2);
    expect(t3?.merges).toContain("D3:J3"); // 申请人情况 over the seven applicants
    // protected without a password; 标记 lifts and restores it
    expect(t3?.protection).not.toBeNull();
    expect(t3?.password).toBeNull();
    expect(t3?.formats.get("D6")?.locked).toBe(false);
    expect(t3?.formats.get("A6")?.locked).toBeUndefined();
    // check reads the form Excel laid down: every line found, nothing filled yet
    const issues = engine.check(await readOpen(context, xxgkPack()), xxgkTemplate()).result.issues;
    expect(issues.filter((i) => i.code.startsWith("TABLE_LABEL"))).toEqual([]);
    expect(issues.filter((i) => i.code === "TABLE_EMPTY")).toHaveLength(3);
    // a second Prepare leaves the forms alone
    const again = planPrepare(await readOpen(context, xxgkPack()));
    expect(again.newSheets).toEqual([]);
    expect(again.appends.filter((a) => a.sheet.startsWith("表"))).toEqual([]);
  });
});

describe("highlight and clear", () => {
  function formatted(): WorkbookModel {
    const model = modelFromGrid(sample);
    const s = model.sheet("审判执行");
    s?.formats.set("C3", { bold: true, fill: "#00FF00" });
    s?.conditionalFormats.push({
      id: "{USER}",
      addresses: "A1:A9",
      formula: "=A1>0",
      fill: "#0000FF",
    });
    return model;
  }
  const cells = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      sheet: i % 2 ? "审判执行" : "党的领导",
      cell: cellAddress(i + 1, 2),
    }));

  it("restores every format and keeps the user's own conditional formats", async () => {
    const model = formatted();
    const formats = JSON.stringify(model.sheets.map((s) => [...s.formats]));
    const { context } = fakeExcel(model);
    expect(await highlightCells(context, cells(6))).toBe(6);
    expect(model.sheet("审判执行")?.conditionalFormats).toHaveLength(2);
    expect(model.settings.has(HIGHLIGHT_SETTING)).toBe(true);
    expect(JSON.stringify(model.sheets.map((s) => [...s.formats]))).toBe(formats);
    expect(await clearHighlights(context)).toBe(2);
    expect(model.sheet("审判执行")?.conditionalFormats.map((c) => c.id)).toEqual(["{USER}"]);
    expect(model.sheet("党的领导")?.conditionalFormats).toEqual([]);
    expect(model.settings.has(HIGHLIGHT_SETTING)).toBe(false);
    expect(JSON.stringify(model.sheets.map((s) => [...s.formats]))).toBe(formats);
  });

  it("takes as many round trips for 1,000 cells as for 2", async () => {
    const counts: number[] = [];
    for (const n of [2, 1000]) {
      const { context, fake } = fakeExcel(formatted());
      await highlightCells(context, cells(n));
      await clearHighlights(context);
      counts.push(fake.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("a second highlight replaces the first", async () => {
    const model = formatted();
    const { context } = fakeExcel(model);
    await highlightCells(context, cells(4));
    await highlightCells(context, cells(2));
    expect(
      model.sheets.flatMap((s) => s.conditionalFormats).filter((c) => c.id !== "{USER}"),
    ).toHaveLength(2);
  });

  it("clicking an issue selects its cell", async () => {
    const model = formatted();
    const { context } = fakeExcel(model);
    await selectCell(context, "审判执行", "C7");
    expect([model.active, model.selected]).toEqual(["审判执行", "审判执行!C7"]);
  });

  it("a table's sum selects its cells all at once where Excel can, else its own cell", async () => {
    const model = formatted();
    const { context } = fakeExcel(model);
    await selectCell(context, "审判执行", "C7", ["C3", "C4"], true);
    expect(model.selected).toBe("审判执行!C7,审判执行!C3,审判执行!C4");
    await selectCell(context, "审判执行", "C7", ["C3", "C4"], false);
    expect(model.selected).toBe("审判执行!C7");
  });
});
