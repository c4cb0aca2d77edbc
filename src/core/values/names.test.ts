import { nameKey } from "./names";

describe("a name's key", () => {
  it("is its NFKC form, whether or not it skips the normalisation", () => {
    const samples = [
      "新收申请·总计",
      "SP01",
      "法治副校（园）长",
      "法治副校(园)长",
      "ｓｐ０１",
      "审结　窝案",
      "〈规章〉「现行」【有效】、。",
      " 新收案件 ",
      "①号",
      "㈠",
    ];
    for (const s of samples) expect([s, nameKey(s)]).toEqual([s, s.normalize("NFKC").trim()]);
  });
});
