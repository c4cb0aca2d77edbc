import type { Pack } from "./pack.types";

/**
 * What the 报告类型 row holds: the pack's title for the clerk, its id and version for the
 * program — 「法院法治政府建设年度报告（court-annual，第2版）」.
 */
export function reportTypeText(pack: Pick<Pack, "id" | "title" | "version">): string {
  return `${pack.title}（${pack.id}，第${pack.version}版）`;
}

export interface ReportTypeMark {
  readonly id: string | null;
  readonly version: number | null;
  /** the text as typed, for messages */
  readonly text: string;
}

const MARK = /[（(]\s*([a-z0-9][a-z0-9-]*)\s*[，,、]?\s*(?:第\s*(\d+)\s*版)?\s*[)）]\s*$/u;

/**
 * Reads a 报告类型 cell: the id in brackets, or failing that a pack title typed alone. A cell
 * that names no known pack gives `id: null`.
 */
export function parseReportType(
  text: string,
  packs: ReadonlyArray<Pick<Pack, "id" | "title">>,
): ReportTypeMark {
  const t = text.trim();
  const m = MARK.exec(t);
  if (m) {
    const id = m[1] ?? "";
    return {
      id: packs.some((p) => p.id === id) ? id : null,
      version: m[2] ? Number(m[2]) : null,
      text: t,
    };
  }
  const byTitle = packs.find((p) => p.title === t || p.id === t);
  return { id: byTitle?.id ?? null, version: null, text: t };
}
