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

/**
 * Whether the character at `i` is a level: not when it starts a common word (市场), nor when
 * another level follows it — then it ends a place name (扬州市, 郑州市, 通州区).
 */
const isLevel = (s: string, i: number, next = s[i + 1] ?? ""): boolean =>
  LEVELS.includes(s[i] ?? "") &&
  !NOT_LEVEL_AFTER.has(next) &&
  !(LEVELS.includes(next) && !NOT_LEVEL_AFTER.has(s[i + 2] ?? ""));

/**
 * Verbs and connectives that stand before the unit's own generic name (协助区法院, 向县政府报告,
 * 配合区司法局): what is left of a "place" made only of them is no place at all.
 */
const VERBISH = new RegExp(
  `^(?:${[
    // working together, asking, reporting
    "会同|协助|配合|联合|协同|邀请|组织|推动|指导|支持|督促|协调|报请|提请|商请|报送|呈报|参加|参与|接受|争取|依托|通过",
    // what a report says is done to the unit's own portal or office (优化县政府门户网站)
    "优化|完善|提升|加强|强化|建设|升级|改版|改造|运维|维护|整合|打造|更新|利用|上报|提交|开通|发布|公开|规范|健全|推进|落实|深化|做好|抓好|用好|管好|办好|依法|按照|根据|围绕|聚焦|服务|保障|确保|巩固|拓展|丰富|充实|创新|改进|改善|提高|增强|促进|开展|实施|执行|贯彻|召开|举办|印发|制定|修订|起草|报告|汇报|反映|转交|移送|答复|回复|办理|受理|访问|登录|查阅|浏览",
    // how: 持续优化, 进一步完善, 及时发布
    "持续|不断|进一步|积极|全面|切实|认真|及时|主动|深入|继续|大力|着力|逐步|稳步|统一|集中|重点|定期|常态化",
    // one character: a preposition, a conjunction, an adverb
    "全|各|向|与|和|同|及|对|在|由|经|为|到|赴|至|跟|请|将|被|给|从|自|按|据|并|或|也|还|又|都|已|即|均|以|于|把",
  ].join("|")})+$`,
  "u",
);

/** words before 法院/中院 that name a kind or level of court, not a place (基层法院, 兄弟法院) */
const NOT_A_PLACE =
  /^(?:人民|基层|中级|高级|上级|下级|兄弟|全市|全省|全区|全县|各级|两级|三级|市级|县级|区级|专门|铁路|海事|军事|最高|地方|派出|巡回|本级|辖区|属地|当地|外地|异地|有关|相关|涉事|各地|全国|省级|国家|所在)$/u;

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
  for (let i = 1; i < n.length - 1; i++) if (isLevel(n, i)) cut = i;
  if (cut < 1) return null;
  // the place is what lies between the previous level and this one
  let start = 0;
  for (let i = cut - 1; i > 0; i--)
    if (isLevel(n, i)) {
      start = i + 1;
      break;
    }
  const body = n.slice(cut + 1);
  const place = n.slice(start, cut);
  if (place === "" || body.length < 2) return null;
  return { place, level: n[cut] ?? "", body };
}

/** Named as a partner: 与/同/会同/联合 before it, and 联合/协作/共建/合作… after it. */
function partnered(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + length, at + length + 16);
  return (
    /(?:与|同|会同|联合|协同|携手|和)[^，。；]*$/u.test(before) &&
    /^[^。；]*?(?:联合|协作|共建|合作|签订|签署|座谈|交流|联学|共同|会商|对接)/u.test(after)
  );
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
  // a court's peers by their short names: two characters of place, then 法院 (or 中院 for a 市 court)
  const short = /法院$/u.test(own.body)
    ? new RegExp(`(${HAN}{2})(${group.includes("市") ? "中院|法院" : "法院"})`, "gu")
    : null;
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
          if (isLevel(place, i, place[i + 1] ?? m[2] ?? "")) {
            place = place.slice(i + 1);
            break;
          }
        // 协助区法院, 向县政府报告, 进一步规范县政府…: the unit's own generic name after a verb or
        // connective — a place name does not end in one
        if (VERBISH.test(place) || (place.length > 2 && VERBISH.test(place.slice(-2)))) continue;
        // 与垦利区法院…: a connective before another body's place is not part of it
        const lead =
          /^(?:与|同|和|及|向|对|在|协助|配合|会同|联合|协同|携手)+/u.exec(place)?.[0] ?? "";
        if (lead && place.length - lead.length >= 2) place = place.slice(lead.length);
        const start = (m.index ?? 0) + (m[1] ?? "").length - place.length;
        // 区委区政府: the Party committee and the government of the same place, not a name
        if (/[委党]$/u.test(place)) continue;
        if (place === "" || place.endsWith(own.place) || own.place.endsWith(place)) continue;
        if (/^[本我该各全两辖]/.test(place)) continue;
        // a body named as a partner (与…联合, 会同…共建) is named on purpose
        if (partnered(t, start, m[0].length - (start - (m.index ?? 0)))) continue;
        out.push(
          `${place.length > 3 ? place.slice(-2) : place}${m[2]}${m[0].slice(m[1]!.length + 1)}`,
        );
      }
      // short forms of another court: 垦利法院, 东营中院 (a court's own kind only)
      if (short) {
        for (const m of t.matchAll(short)) {
          const place = m[1] ?? "";
          // 东营区法院 was read above; 来到法院, 人民法院, 上级法院 name no place
          if (isLevel(place, 1, m[2]) || LEVELS.includes(place[1] ?? "")) continue;
          if (
            NOT_A_PLACE.test(place) ||
            VERBISH.test(place) ||
            /[到在向去的进入出驻至经由对给和与及]$/u.test(place)
          )
            continue;
          if (place === own.place || /^[本我该各全两辖]/.test(place)) continue;
          if (partnered(t, m.index ?? 0, m[0].length)) continue;
          out.push(`${place}${m[2]}`);
        }
      }
      return [...new Set(out)];
    },
  };
}
