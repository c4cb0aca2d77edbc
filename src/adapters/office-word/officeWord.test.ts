import { readFileSync } from "node:fs";
import { fakeWord, DocumentModel } from "../../../tests/helpers/fakeWord";
import { PropertyNotLoaded } from "../../../tests/helpers/fakeExcel";
import { COURT_SAMPLE, REFERENCE, XXGK_SAMPLE } from "../../../tests/helpers/paths";
import {
  courtPack,
  courtTemplate,
  generateGrid,
  readGrid,
  xxgkPack,
  xxgkTemplate,
} from "../../../tests/helpers/workbooks";
import { UserError } from "../../core/errors/userError";
import { documentIsEmpty, insertReport, MAX_INSERT_BYTES } from "./insertReport";

const reference = readFileSync(REFERENCE, "utf8")
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);

async function report(): Promise<Uint8Array> {
  const g = generateGrid(await readGrid(COURT_SAMPLE), courtPack(), courtTemplate(), {
    allowIncomplete: false,
  });
  if (!g.ok) throw new Error("refused");
  return g.bytes;
}

describe("the Word adapter, against a fake that keeps Word's load/sync rules", () => {
  it("the fake refuses a read before load and sync", () => {
    const { context } = fakeWord();
    expect(() => context.document.body.text).toThrow(PropertyNotLoaded);
  });

  it("tells an empty document from one with text, in one round trip", async () => {
    const empty = fakeWord();
    await expect(documentIsEmpty(empty.context)).resolves.toBe(true);
    expect(empty.fake.syncs).toBe(1);
    const model = new DocumentModel();
    model.paragraphs = ["", "领导批示：请于周五前上报。"];
    await expect(documentIsEmpty(fakeWord(model).context)).resolves.toBe(false);
  });

  it("replaces the body with the report in one round trip", async () => {
    const { context, fake, model } = fakeWord();
    await insertReport(context, await report(), "replaceBody");
    expect(fake.syncs).toBe(1);
    expect(model.paragraphs.filter(Boolean)).toEqual(reference);
  });

  it("keeps a report's statutory tables: 插入报告 of the 政府信息公开 sample brings its three forms", async () => {
    const g = generateGrid(await readGrid(XXGK_SAMPLE), xxgkPack(), xxgkTemplate(), {
      allowIncomplete: false,
    });
    if (!g.ok) throw new Error("refused");
    const { context, model } = fakeWord();
    await insertReport(context, g.bytes, "replaceBody");
    expect(model.tables.map((t) => t.length)).toEqual([14, 28, 4]);
    expect(model.tables[1]?.[0]).toContain("申请人情况");
    expect(model.tables[1]?.[3]?.slice(-1)).toEqual(["46"]);
  });

  it("at the cursor, keeps every paragraph the user had", async () => {
    const model = new DocumentModel();
    model.paragraphs = ["红头文件抬头", "正文开始前的说明"];
    model.cursor = 1;
    const { context } = fakeWord(model);
    await insertReport(context, await report(), "atCursor");
    expect(model.paragraphs[0]).toBe("红头文件抬头");
    expect(model.paragraphs).toContain("正文开始前的说明");
    expect(model.paragraphs[1]).toBe("东营区人民法院");
    expect(model.inserts).toEqual([
      expect.objectContaining({ where: "selection", location: "After" }),
    ]);
  });

  it("refuses a report over Word's 4 MB insert limit with a UserError saying what to do", async () => {
    const { context, fake } = fakeWord();
    const big = new Uint8Array(MAX_INSERT_BYTES + 1);
    await expect(insertReport(context, big, "replaceBody")).rejects.toMatchObject({
      code: "WORD_REPORT_TOO_LARGE",
      args: { megabytes: 4.1 },
    });
    await expect(insertReport(context, big, "replaceBody")).rejects.toBeInstanceOf(UserError);
    expect(fake.syncs).toBe(0);
  });
});
