import { memoryGridSource, readColumns, withSheetProgress } from "./gridSource";
import type { WorkbookGrid } from "./grid.types";

const grid: WorkbookGrid = {
  sheets: ["甲", "乙", "丙"].map((name, i) => ({
    name,
    visibility: "visible" as const,
    rows: [
      ["编码", "数值"],
      [`A${i}`, i],
    ],
  })),
};

describe("grid sources", () => {
  it("hand each sheet's columns over in the order asked, and count them as they go", async () => {
    const seen: string[] = [];
    const source = withSheetProgress(memoryGridSource(grid), (done, total) =>
      seen.push(`${done}/${total}`),
    );
    const order: number[] = [];
    await source.columns(
      [
        { sheet: 2, columns: [1] },
        { sheet: 0, columns: [0, 1] },
      ],
      (sheet) => {
        order.push(sheet);
        seen.push(`sheet ${sheet}`);
      },
    );
    expect(order).toEqual([2, 0]);
    // each sheet is counted once it has been taken
    expect(seen).toEqual(["sheet 2", "1/2", "sheet 0", "2/2"]);
  });

  it("gather the columns of a few requests, keeping only the columns asked for", async () => {
    const parts = await readColumns(memoryGridSource(grid), [{ sheet: 1, columns: [1] }]);
    expect([...parts.keys()]).toEqual([1]);
    expect(parts.get(1)?.rows[1]?.[0]).toBeUndefined();
    expect(parts.get(1)?.rows[1]?.[1]).toBe(1);
  });
});
