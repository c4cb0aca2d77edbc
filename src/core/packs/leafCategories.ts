import type { LeafCategory, Pack, PackCategory } from "./pack.types";

export function leafCategories(pack: Pick<Pack, "categories">): LeafCategory[] {
  const out: LeafCategory[] = [];
  const walk = (cats: readonly PackCategory[], path: number[], parent: PackCategory | null) => {
    cats.forEach((c, i) => {
      const here = [...path, i + 1];
      if (c.children && c.children.length > 0) walk(c.children, here, c);
      else out.push({ category: c, short: c.short ?? c.title, path: here, parent });
    });
  };
  walk(pack.categories, [], null);
  return out;
}
