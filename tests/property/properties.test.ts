import fc from "fast-check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid/grid.types";
import { compareYearOnYear } from "../../src/core/phrasing/compareYearOnYear";
import { formatApproximate } from "../../src/core/phrasing/formatQuantity";
import { roundDecimal, truncDecimal } from "../../src/core/phrasing/roundDecimal";
import type { MetricRow } from "../../src/core/read/dataset.types";
import { agreesWith, deriveFigures } from "../../src/core/read/deriveFigures";
import { readDataset } from "../../src/core/read/readWorkbook";
import { parseCellValue } from "../../src/core/values/parseCellValue";
import { courtPack } from "../helpers/workbooks";

// A failing property must fail, not shrink for minutes: the suite stays bounded in time.
fc.configureGlobal({ interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true });

/** Reads a 余 form back as the number it claims at least: "2000余万元" → 20,000,000. */
function claimed(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(余)?(万|亿)?(余)?/.exec(text);
  if (!m) throw new Error(`not a quantity: ${text}`);
  return Number(m[1]) * (m[3] === "万" ? 1e4 : m[3] === "亿" ? 1e8 : 1);
}

describe("number phrasing", () => {
  it("a 余 form never states more than the value, and not much less", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999_999_999 }), (v) => {
        const text = formatApproximate(v, "元");
        const c = claimed(text);
        expect(c).toBeLessThanOrEqual(v);
        // the cut keeps two significant figures, or one below a hundred
        expect(c).toBeGreaterThanOrEqual(v * 0.45);
        if (c < v) expect(text).toContain("余");
      }),
    );
  });

  it("同比 wording agrees in sign with the change and never shows a minus", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.boolean(),
        (current, prior, isRate) => {
          const r = compareYearOnYear(current, prior, { isRate });
          expect(r.text).not.toContain("-");
          if (r.direction === "up") {
            expect(current).toBeGreaterThan(prior);
            expect(r.text).toMatch(/增长|提高/);
          } else if (r.direction === "down") {
            expect(current).toBeLessThan(prior);
            expect(r.text).toMatch(/下降/);
          } else expect(r.text).toBe("与上年同期持平");
        },
      ),
    );
  });
});

describe("value parser", () => {
  it("reads back any number however it is typed: separators, full width, unit, spaces", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("", "件", "次", "万元", "%"),
        (n, grouped, fullWidth, unit) => {
          let text = grouped ? n.toLocaleString("en-US") : String(n);
          text = `${text}${unit}`;
          if (fullWidth)
            text = text.replace(/[0-9,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          const v = parseCellValue(` ${text} `);
          expect(v).toEqual({
            kind: "number",
            value: n,
            approx: null,
            unit: unit === "" ? null : unit,
          });
        },
      ),
    );
  });

  it("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
        ),
        (v) => {
          const parsed = parseCellValue(v as CellValue);
          expect(["missing", "notApplicable", "error", "number", "date", "text"]).toContain(
            parsed.kind,
          );
        },
      ),
    );
  });
});

describe("sheet reader", () => {
  const header = ["编码", "指标", "数值", "单位", "上年同期", "表述", "说明"];
  const rowArb = fc.record({
    code: fc.constantFrom("SP01", "SP02", "SP03", "SP05", "SP06", "SP09", "XX1", ""),
    value: fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.constantFrom("40余", "2000余万元", "—", "不适用", "１６，７４２"),
    ),
    statement: fc.oneof(
      fc.constant(""),
      fc.string({ minLength: 1, maxLength: 8 }).map((s) => `工作${s.replace(/[{}]/g, "")}。`),
    ),
  });

  function grid(rows: Array<Array<CellValue>>): WorkbookGrid {
    return { sheets: [{ name: "审判执行", visibility: "visible", rows }] };
  }

  function summary(g: WorkbookGrid) {
    const d = readDataset(g, courtPack());
    return {
      metrics: [...d.metrics.values()].map((m) => [m.def.code, m.figure, m.prior]),
      items: (d.items.get("trial") ?? []).map((i) => i.text),
      unknown: d.unknownRows.map((u) => u.code),
    };
  }

  it("shuffling columns or inserting blank rows never changes the dataset", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (rows, perm, blanks, titleRows) => {
          const plain = [
            header,
            ...rows.map((r) => [r.code, "", r.value, "件", "", r.statement, ""]),
          ] as CellValue[][];
          const base = summary(grid(plain));
          const shuffled = plain.map((row) => perm.map((i) => row[i] as CellValue));
          const spaced = [...shuffled];
          for (const at of blanks) spaced.splice(Math.min(at, spaced.length), 0, []);
          const withTitle = [
            ...Array.from({ length: titleRows }, () => ["审判执行工作统计表"] as CellValue[]),
            ...spaced,
          ];
          expect(summary(grid(withTitle))).toEqual(base);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("derived figures, as Excel computes and shows them", () => {
  const pack = courtPack();
  /** 结案率 (SP03 ÷ (SP01 + SP02) × 100) computed by the engine from three counts. */
  const derive = (old: number, fresh: number, closed: number, typed: number | null) => {
    const metrics = new Map<string, MetricRow>();
    const row = (code: string, value: number | null): MetricRow => ({
      def: pack.metrics.find((m) => m.code === code) as MetricRow["def"],
      sheet: "审判执行",
      row: 0,
      valueCell: "C2",
      priorCell: "E2",
      raw: value,
      figure: value === null ? { kind: "missing" } : { kind: "number", value, approx: null },
      prior: { kind: "missing" },
      unitMismatch: null,
    });
    metrics.set("SP01", row("SP01", old));
    metrics.set("SP02", row("SP02", fresh));
    metrics.set("SP03", row("SP03", closed));
    metrics.set("SP04", row("SP04", typed));
    deriveFigures(pack, metrics);
    return metrics.get("SP04") as MetricRow;
  };
  const counts = fc
    .tuple(fc.nat(20_000), fc.integer({ min: 1, max: 40_000 }))
    .chain(([old, fresh]) => fc.tuple(fc.constant(old), fc.constant(fresh), fc.nat(old + fresh)));

  it("a blank rate takes Excel's 15 digits rounded half-up to two places", () => {
    fc.assert(
      fc.property(counts, ([old, fresh, closed]) => {
        const exact = Number(((closed / (old + fresh)) * 100).toPrecision(15));
        const d = derive(old, fresh, closed, null);
        expect(d.figure).toEqual({ kind: "number", value: roundDecimal(exact, 2), approx: null });
        expect(d.derived?.exact).toBe(exact);
      }),
    );
  });

  it("the rate rounded or cut at any shown precision agrees; one step off at that precision does not", () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(0, 1, 2), ([old, fresh, closed], p) => {
        const exact = (closed / (old + fresh)) * 100;
        const rounded = roundDecimal(Number(exact.toPrecision(15)), p);
        const cut = truncDecimal(Number(exact.toPrecision(15)), p);
        expect(agreesWith(rounded, exact, p)).toBe(true);
        expect(agreesWith(cut, exact, p)).toBe(true);
        expect(agreesWith(exact, exact)).toBe(true); // a formula's own value, in General
        const off = roundDecimal(Math.max(rounded, cut) + 10 ** -p, p);
        expect(agreesWith(off, exact, p)).toBe(false);
      }),
    );
  });
});
