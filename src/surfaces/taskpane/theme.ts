/* global Office */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostKind } from "./host/paneHost.types";

/** Chinese UI fonts ahead of Fluent's Segoe stack, which would otherwise set Chinese in a fallback. */
const CHINESE_UI = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"`;

/**
 * Fluent's web theme with Chinese reading comfort: YaHei first, and body text at 14 px on 22 px
 * lines (12 px Chinese on 16 px lines is hard to read at length).
 */
export function paneTheme(dark: boolean): Theme {
  const base = dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    fontFamilyBase: `${CHINESE_UI}, ${base.fontFamilyBase}`,
    fontSizeBase200: "13px",
    lineHeightBase200: "20px",
    fontSizeBase300: "14px",
    lineHeightBase300: "22px",
  };
}

/** Relative luminance of a #rrggbb colour (0 black … 1 white). */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const channel = (x: string | undefined) => parseInt(x ?? "0", 16) / 255;
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/**
 * The pane follows Office's theme (a dark Office gets a dark pane) and, as a plain page, the
 * system's colour scheme.
 */
export function prefersDark(host: HostKind): boolean {
  if (host !== "browser") {
    // cast: officeTheme exists only in hosts that support it; its typings say always
    const bg = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)
      ?.officeTheme?.bodyBackgroundColor;
    const l = bg ? luminance(bg) : null;
    if (l !== null) return l < 0.5;
  }
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}
