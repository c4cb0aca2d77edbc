import { execFileSync } from "node:child_process";

/**
 * The GB/T 9704 grid of a PDF made by LibreOffice from a report, measured from poppler's word
 * boxes (`pdftotext -bbox-layout`): rows per page, each row's grid line, and characters per full
 * body row (full-width 1, digits and Latin ½). PDF points throughout.
 */
const TW = 1 / 20;
export const LEFT = 1588 * TW;
export const RIGHT_EDGE = (11906 - 1474) * TW;
export const TOP = 2098 * TW;
export const BOTTOM_EDGE = (16838 - 1984) * TW;
export const PITCH = 579 * TW;
const BODY_PT = 16;

export interface Row {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y1: number;
  /** font size from the word box height (poppler's boxes are 1.3 × the size for these fonts) */
  readonly size: number;
}

export const isWide = (ch: string) => !/[\u0020-\u007e]/.test(ch);
export const units = (text: string) =>
  [...text].reduce((n, ch) => n + (/\s/.test(ch) ? 0 : isWide(ch) ? 1 : 0.5), 0);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export function pdfRows(pdf: string): Row[][] {
  const out = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  return out
    .split(/<page width/)
    .slice(1)
    .map((chunk) => {
      const words = [
        ...chunk.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        t: unescape(m[5] ?? ""),
      }));
      const rows: Array<{ y1: number; ws: typeof words }> = [];
      for (const w of [...words].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
        const r = rows.find((x) => Math.abs(x.y1 - w.y1) < 3);
        if (r) r.ws.push(w);
        else rows.push({ y1: w.y1, ws: [w] });
      }
      return rows
        .map((r) => {
          const ws = r.ws.sort((a, b) => a.x0 - b.x0);
          return {
            text: ws.map((w) => w.t).join(""),
            x0: Math.min(...ws.map((w) => w.x0)),
            x1: Math.max(...ws.map((w) => w.x1)),
            y1: Math.max(...ws.map((w) => w.y1)),
            size: Math.round((Math.max(...ws.map((w) => w.y1 - w.y0)) / 1.3) * 10) / 10,
          };
        })
        .sort((a, b) => a.y1 - b.y1);
    });
}

export interface GridMeasure {
  readonly pages: number;
  /** the grid line (1-based, fractional) of each page's last body row */
  readonly lastSlot: readonly number[];
  /** characters of each full body row that holds only full-width characters, a hanging mark not counted */
  readonly cjkFullRows: readonly number[];
  /** the same for every full row that starts at the margin */
  readonly fullRows: readonly number[];
}

export function measureGrid(pdf: string): GridMeasure {
  const pages = pdfRows(pdf);
  const body = (r: Row) => r.y1 <= BOTTOM_EDGE + 2 && Math.abs(r.size - BODY_PT) <= 0.6;
  const atLeft = (r: Row) => Math.abs(r.x0 - LEFT) < 4;
  const flat = pages.flatMap((p) => p.filter((r) => r.y1 <= BOTTOM_EDGE + 2));
  const cjkFullRows: number[] = [];
  const fullRows: number[] = [];
  flat.forEach((r, i) => {
    const next = flat[i + 1];
    // a row is full when its paragraph goes on at the margin of the next
    if (!next || !body(r) || !body(next) || !atLeft(next) || !atLeft(r)) return;
    const hang = r.x1 > RIGHT_EDGE + 4 ? 1 : 0;
    const n = units(r.text) - hang;
    fullRows.push(n);
    if ([...r.text].every(isWide)) cjkFullRows.push(n);
  });
  return {
    pages: pages.length,
    lastSlot: pages.map((p) => {
      const rows = p.filter((r) => r.y1 <= BOTTOM_EDGE + 2);
      return rows.length ? ((rows[rows.length - 1] as Row).y1 - TOP) / PITCH : 0;
    }),
    cjkFullRows,
    fullRows,
  };
}

/** Lines a report takes at 28 characters a line: each paragraph rounded up, title lines one each. */
export function linesAt28(paragraphs: ReadonlyArray<{ text: string; indent: boolean }>): number {
  return paragraphs.reduce((n, p) => {
    if (p.text === "") return n + 1;
    return (
      n +
      p.text
        .split("\n")
        .reduce((m, line) => m + Math.max(1, Math.ceil((units(line) + (p.indent ? 2 : 0)) / 28)), 0)
    );
  }, 0);
}
