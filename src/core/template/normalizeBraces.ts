/**
 * Chinese input methods in full-width mode type ｛ and ｝. A clerk cannot see the difference, so
 * they open and close tags exactly as { and } do — in cells and in Word templates alike. (｜ and
 * ： inside a tag are folded by the expression parser.)
 */
export function normalizeBraces(text: string): string {
  return text.includes("｛") || text.includes("｝")
    ? text.replace(/｛/g, "{").replace(/｝/g, "}")
    : text;
}
