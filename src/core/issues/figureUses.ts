/** Where a report uses a figure: a cell's text, or a tag of the Word template. */
export type FigureUse =
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "template"; readonly file: string; readonly tag: string };

/*
 * Issue arguments are plain values, so the uses travel as one string the messages read back:
 * one use per line, a cell as "sheet\u0001cell", a template tag as "\u0002file\u0001tag".
 */
const SEP = "\n";
const FIELD = "\u0001";
const TEMPLATE = "\u0002";

export function encodeUses(uses: readonly FigureUse[]): string {
  return uses
    .map((u) =>
      u.kind === "cell" ? `${u.sheet}${FIELD}${u.cell}` : `${TEMPLATE}${u.file}${FIELD}${u.tag}`,
    )
    .join(SEP);
}

export function decodeUses(text: string): FigureUse[] {
  if (text === "") return [];
  return text.split(SEP).map((line): FigureUse => {
    const [a = "", b = ""] = line.split(FIELD);
    return a.startsWith(TEMPLATE)
      ? { kind: "template", file: a.slice(1), tag: b }
      : { kind: "cell", sheet: a, cell: b };
  });
}
