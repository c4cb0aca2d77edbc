import { implicitClauses, type ClauseFate } from "./implicitClauses";

/** Fates by name: A blank (optional), B 不适用, Z zero with words, P no prior; others keep. */
const fate = (tag: string): ClauseFate => {
  const [name = "", form = ""] = tag.split("|").map((x) => x.trim());
  if (name === "A") return { kind: "drop", name, reason: "missing" };
  if (name === "B") return { kind: "drop", name, reason: "notApplicable" };
  if (name === "Z") return { kind: "replace", name, text: "全年未发生此类案件" };
  if (name === "P" && form === "同比") return { kind: "drop", name, reason: "noPrior" };
  return { kind: "keep" };
};
const rewrite = (text: string) => implicitClauses(text, fate);

describe("the implicit clause rule", () => {
  it("leaves out a clause whose figure cannot be stated, keeping the rest and its punctuation", () => {
    expect(rewrite("新收{X}件，其中调解{A}件，结案{Y}件。").source).toBe("新收{X}件，结案{Y}件。");
    expect(rewrite("新收{X}件，结案{Y}件，其中调解{A}件。").source).toBe("新收{X}件，结案{Y}件。");
    expect(rewrite("新收{X}件、结案{A}件；办结{Y}件。").source).toBe("新收{X}件；办结{Y}件。");
  });

  it("leaves out a sentence whose every clause with a figure left, words and all", () => {
    const r = rewrite("依法惩治各类犯罪，审结刑事案件{A}件，维护社会安全稳定。开展活动{X}次。");
    expect(r.source).toBe("开展活动{X}次。");
    expect(r.dropped).toEqual([
      expect.objectContaining({ name: "A", reason: "missing", sentence: true }),
    ]);
  });

  it("keeps a sentence without placeholders word for word, and one with an explicit section", () => {
    const text = "坚持党的领导，确保正确政治方向。{#A}审结{A}件，{/A}追缴{X}。";
    expect(rewrite(text).source).toBe(text);
  });

  it("replaces a zero's clause by the pack's words, and drops a comparison with no prior", () => {
    expect(rewrite("行政复议收案{Z}件，应诉{X}件。").source).toBe(
      "全年未发生此类案件，应诉{X}件。",
    );
    expect(rewrite("新收{P}件，{P|同比}。").source).toBe("新收{P}件。");
  });

  it("says what left: the clause, its figure and why", () => {
    expect(rewrite("新收{X}件，不适用的{B}次。").dropped).toEqual([
      { name: "B", reason: "notApplicable", sentence: false, text: "不适用的{B}次" },
    ]);
  });

  it("returns the very text when nothing leaves", () => {
    const text = "新收{X}件，结案{Y}件。";
    expect(rewrite(text)).toEqual({ source: text, dropped: [] });
  });
});
