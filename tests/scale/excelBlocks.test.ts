import { excelGridSource } from "../../src/adapters/office-excel/excelGridSource";
import { bigModel, expectedSyncs, tablesPack } from "../helpers/excelModels";
import { fakeExcel } from "../helpers/fakeExcel";
import { engine } from "../helpers/workbooks";

describe("the Excel adapter at scale", () => {
  it("reads 2 sheets of 200,000 rows in blocks of about 150,000 cells, only the columns used", async () => {
    const { context, fake } = fakeExcel(bigModel(2, 200_000));
    const ds = await engine.read(excelGridSource(context), tablesPack(2));
    expect(ds.items.get("t2")?.[199_999]?.text).toBe("第200000条");
    expect(fake.syncs).toBeGreaterThanOrEqual(expectedSyncs(2, 200_000));
    expect(fake.syncs).toBeLessThanOrEqual(expectedSyncs(2, 200_000) + 1);
  });
});
