import { SharedStrings } from "./sharedStrings";

const encode = (s: string) => new TextEncoder().encode(s);

/** A table fed `size` bytes at a time, as an inflating part gives it. */
function fed(xml: string, size: number, prefix = ""): SharedStrings {
  const bytes = encode(xml);
  let at = 0;
  return SharedStrings.read(() => {
    if (at >= bytes.length) return null;
    const piece = bytes.subarray(at, at + size);
    at += size;
    return piece;
  }, prefix);
}

const TABLE =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="x" count="6" uniqueCount="6">' +
  "<si><t>审判执行</t></si>" +
  '<si><t xml:space="preserve"> 新收案件 </t></si>' +
  // LibreOffice writes Chinese and Latin as separately formatted runs
  '<si><r><rPr><b/><rFont val="宋体"/></rPr><t>全年完成</t></r><r><rPr><rFont val="Arial"/></rPr><t>{SP02}</t></r><r><t>件。</t></r></si>' +
  // the phonetic guide is not the text
  '<si><t>东营</t><rPh sb="0" eb="2"><t>とうえい</t></rPh><phoneticPr fontId="1"/></si>' +
  "<si/>" +
  "<si><t>A&amp;B &lt;1&gt; _x000D_</t></si>" +
  "<si><t/></si>" +
  "</sst>";
const EXPECTED = ["审判执行", " 新收案件 ", "全年完成{SP02}件。", "东营", "", "A&B <1> \r", ""];

describe("the shared-string table, read as it inflates", () => {
  it.each([1, 2, 3, 7, 64, 100_000])("gives every entry's text, fed %i bytes at a time", (size) => {
    const table = fed(TABLE, size);
    expect(table.size).toBe(EXPECTED.length);
    expect(EXPECTED.map((_e, i) => table.get(i))).toEqual(EXPECTED);
    expect(table.get(EXPECTED.length)).toBeUndefined();
  });

  it("reads a table whose elements carry a namespace prefix", () => {
    const xml = TABLE.replace(/<(\/?)(sst|si|t|r|rPr|rPh)\b/g, "<$1x:$2");
    const table = fed(xml, 5, "x:");
    expect(EXPECTED.map((_e, i) => table.get(i))).toEqual(EXPECTED);
  });

  it("keeps what a table cut off inside its last entry holds", () => {
    const table = fed("<sst><si><t>甲</t></si><si><t>乙</t>", 4);
    expect([table.get(0), table.get(1)]).toEqual(["甲", "乙"]);
  });
});
