import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { BUILTIN_PACKS } from "./builtinPacks";
import { App } from "./components/App";
import { excelHost } from "./host/excelHost";
import type { PaneHost } from "./host/paneHost.types";
import { wordHost } from "./host/wordHost";
import { bootOffice } from "./officeBoot";
import { pickLocale } from "./strings";

/** Made when Office has answered, since what Excel can do depends on its version. */
const HOSTS: Record<string, () => PaneHost> = {
  excel: excelHost,
  word: () => wordHost,
  browser: () => ({ kind: "browser" }),
};

/** Renders only once Office has said where it runs (or that it does not). */
void bootOffice().then(({ host, displayLanguage }) => {
  const locale = pickLocale(displayLanguage);
  document.documentElement.lang = locale;
  const container = document.getElementById("root") as HTMLElement;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={(HOSTS[host] as () => PaneHost)()} packs={BUILTIN_PACKS} locale={locale} />
    </FluentProvider>,
  );
});
