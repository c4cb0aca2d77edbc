/**
 * Names of other bodies of the same kind and level as the reporting unit, found in a sentence:
 * the sign of a sentence copied from another unit's report ("东营区法院" in 河口区人民法院's report).
 * The unit's own name and short forms, bodies of other levels (市法院, 省法院) and bodies of other
 * kinds (a partner 河务局, another department of the same government) are not matched.
 */

const HAN = "[\\u4e00-\\u9fff]";
/** administrative levels, grouped: a 县 court and a 区 court are peers */
const LEVEL_GROUPS: readonly string[] = ["区县旗", "市州盟", "省", "镇乡"];
const LEVELS = LEVEL_GROUPS.join("");
/** a level character that starts a common word instead (市场, 区域, 县域, 市政, 市容) */
const NOT_LEVEL_AFTER = new Set(["场", "政", "容", "域"]);

export interface UnitShape {
  /** the place before the level: 河口 */
  readonly place: string;
  /** the level character: 区 */
  readonly level: string;
  /** the body after it: 人民法院, 市场监督管理局 */
  readonly body: string;
}

/** 东营市河口区人民法院 → 河口 | 区 | 人民法院; null when the name has no level to anchor on. */
export function unitShape(name: string): UnitShape | null {
  const n = name.normalize("NFKC").replace(/\s/g, "");
  let cut = -1;
  for (let i = 1; i < n.length - 1; i++) {
    const ch = n[i] ?? "";
    if (LEVELS.includes(ch) && !NOT_LEVEL_AFTER.has(n[i + 1] ?? "")) cut = i;
  }
  if (cut < 1) return null;
  // the place is what lies between the previous level and this one
  let start = 0;
  for (let i = cut - 1; i > 0; i--)
    if (LEVELS.includes(n[i] ?? "") && !NOT_LEVEL_AFTER.has(n[i + 1] ?? "")) {
      start = i + 1;
      break;
    }
  const body = n.slice(cut + 1);
  const place = n.slice(start, cut);
  if (place === "" || body.length < 2) return null;
  return { place, level: n[cut] ?? "", body };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface UnitMatcher {
  /** the other bodies of the unit's kind and level a text names, as written */
  others(text: string): string[];
}

export function unitMatcher(unitName: string): UnitMatcher | null {
  const own = unitShape(unitName);
  if (!own) return null;
  const group = LEVEL_GROUPS.find((g) => g.includes(own.level)) ?? own.level;
  // 人民 may be left out (东营区法院); the rest of the body must be there
  const body = escape(own.body).replace("人民", "(?:人民)?");
  const re = new RegExp(`(${HAN}{1,4}?)([${group}])${body}`, "gu");
  const tail = own.body.slice(-1);
  return {
    others(text) {
      const out: string[] = [];
      // nearly every sentence names no body at all: one search says so
      if (!text.includes(tail)) return out;
      const t = text.normalize("NFKC");
      for (const m of t.matchAll(re)) {
        let place = m[1] ?? "";
        // the match starts as early as it can: keep the place's last characters only
        for (let i = place.length - 1; i >= 0; i--)
          if (LEVELS.includes(place[i] ?? "")) {
            place = place.slice(i + 1);
            break;
          }
        if (place === "" || place.endsWith(own.place) || own.place.endsWith(place)) continue;
        if (/^[本我该各全两辖]/.test(place)) continue;
        out.push(
          `${place.length > 3 ? place.slice(-2) : place}${m[2]}${m[0].slice(m[1]!.length + 1)}`,
        );
      }
      return [...new Set(out)];
    },
  };
}
