import { leafCategories } from "../../src/core/packs/leafCategories";
import type { Pack } from "../../src/core/packs/pack.types";
import { nameUses } from "../../src/core/scope/nameUses";
import { CellTextRuntime } from "../../src/core/template/cellTextRuntime";
import { nameKey } from "../../src/core/values/names";
import { courtPack, govPack } from "../helpers/workbooks";

const runtime = new CellTextRuntime();
const compileCellText = (text: string) => runtime.compile(text);

/** The default narrative of each built-in pack: what a clerk who types only figures gets. */
describe.each([
  ["court-annual", courtPack],
  ["gov-annual", govPack],
])("%s default sentences", (_id, load) => {
  const pack: Pack = load();
  const texts = leafCategories(pack).flatMap((l) =>
    (l.category.defaultItems ?? []).map((d) => ({ category: l.category.id, text: d.text })),
  );
  const uses = texts.map((t) => ({ ...t, ...nameUses(compileCellText(t.text).tags) }));

  it("use every metric of the pack, in a sentence of its own part", () => {
    for (const m of pack.metrics) {
      const keys = [nameKey(m.code), nameKey(m.name)];
      const mine = uses.filter(
        (u) => u.category === m.category && u.names.some((n) => keys.includes(n)),
      );
      if (mine.length === 0) throw new Error(`${m.code} ${m.name} is in no default sentence`);
    }
  });

  it("carry no template syntax a clerk would have to read: no sections, clauses leave by themselves", () => {
    for (const t of texts) expect([t.text, /\{\s*[#^/]/.test(t.text)]).toEqual([t.text, false]);
  });

  it("compare every headline figure with last year, and mark at least four", () => {
    const headline = pack.metrics.filter((m) => m.headline);
    expect(headline.length).toBeGreaterThanOrEqual(4);
    for (const m of headline) {
      const compared = texts.some((t) =>
        new RegExp(
          `\\{(?:${m.name}|${m.code})\\|(?:同比|变化)|\\|同比分别:(?:${m.name}|${m.code})\\}`,
        ).test(t.text),
      );
      expect([m.name, compared]).toEqual([m.name, true]);
    }
  });

  it("give no two parts the same heading, and no heading the same as a part's title", () => {
    const leaves = leafCategories(pack);
    const headings = [
      ...leaves.map((l) => l.category.title),
      ...leaves.flatMap((l) => (l.category.defaultItems ?? []).map((d) => d.heading ?? "")),
    ].filter((h) => h !== "");
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
  });

  it("open with a 导语 that ends as reports do", () => {
    expect(pack.defaultLead).toMatch(/现将有关情况报告如下：$/);
  });

  it("parse, and name no place, company or case", () => {
    for (const t of texts) {
      expect([t.text, compileCellText(t.text).problems]).toEqual([t.text, []]);
      expect(t.text).not.toMatch(/东营|河口|垦利|莱钢|黄河|示例/);
    }
  });

  it("ask for what only the unit can say, in every part without figures", () => {
    for (const l of leafCategories(pack)) {
      const has = pack.metrics.some((m) => m.category === l.category.id);
      const items = l.category.defaultItems ?? [];
      if (!has && items.length > 0)
        expect(items.every((d) => d.text.includes("【请填写："))).toBe(true);
    }
  });
});
