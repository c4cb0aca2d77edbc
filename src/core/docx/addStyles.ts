import { findEndTag, findStartTag } from "../xml/xmlNames";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * A styles part with each of `styles` that it does not define yet (by style id) added at its end.
 * A style the template already defines under that id is the template's: it is kept as designed.
 * Each style is written with the `w:` prefix; under a root that uses another, the added element
 * declares it itself. Null when the part has no styles root to add to.
 */
export function addStyles(
  stylesXml: string,
  styles: ReadonlyArray<{ readonly id: string; readonly xml: string }>,
): string | null {
  const root = findStartTag(stylesXml, "styles");
  if (!root || root.selfClosing) return null;
  const close = findEndTag(stylesXml, `${root.prefix}styles`, root.end);
  if (close < 0) return null;
  const defined = new Set(
    [...stylesXml.matchAll(/[\s:]styleId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1] ?? ""),
  );
  const added = styles
    .filter((s, i) => !defined.has(s.id) && styles.findIndex((x) => x.id === s.id) === i)
    .map((s) =>
      root.prefix === "w:" ? s.xml : s.xml.replace(/^<w:style\b/, `<w:style xmlns:w="${W_NS}"`),
    )
    .join("");
  return added === "" ? stylesXml : stylesXml.slice(0, close) + added + stylesXml.slice(close);
}
