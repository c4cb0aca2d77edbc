import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { BUILTIN_PACKS } from "./builtinPacks";
import { App, type StartAction } from "./components/App";
import { excelHost } from "./host/excelHost";
import type { HostKind, PaneHost } from "./host/paneHost.types";
import { wordHost } from "./host/wordHost";
import type { BootInfo } from "./officeBoot";
import { pickLocale } from "./strings";
import { paneTheme, prefersDark } from "./theme";

/** Made when Office has answered, since what Excel can do depends on its version. */
const HOSTS: Record<HostKind, () => PaneHost> = {
  excel: excelHost,
  word: wordHost,
  browser: () => ({ kind: "browser" }),
};

/** ?action=check|generate|insert (the ribbon's buttons) and &sample=<pack id> (standalone links). */
function startFromUrl(): { action: StartAction; sample?: string } | undefined {
  const q = new URLSearchParams(location.search);
  const action = q.get("action");
  if (action !== "check" && action !== "generate" && action !== "insert") return undefined;
  const sample = q.get("sample");
  return sample ? { action, sample } : { action };
}

/** The pane itself, in place of the first paint's shell, once Office has said where it runs. */
export function mountPane(boot: BootInfo): void {
  const locale = pickLocale(boot.displayLanguage);
  document.documentElement.lang = locale;
  const container = document.getElementById("root");
  if (!container) return; // taskpane.html always has it
  const start = startFromUrl();
  createRoot(container).render(
    // the provider fills the page, so a dark theme is dark to the bottom
    <FluentProvider theme={paneTheme(prefersDark(boot.host))} style={{ minHeight: "100vh" }}>
      <App
        host={HOSTS[boot.host]()}
        packs={BUILTIN_PACKS}
        locale={locale}
        {...(start ? { start } : {})}
        {...(boot.unsupported
          ? { unsupportedHost: boot.unsupported === "excel" ? "Excel" : "Word" }
          : {})}
      />
    </FluentProvider>,
  );
}
