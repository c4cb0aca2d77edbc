import { bootOffice } from "./officeBoot";

/** Resolves once the page has painted (the shell of taskpane.html is on screen). */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The page's first script, kept small: the shell in taskpane.html paints at once, and the pane —
 * React, Fluent UI, the packs — is fetched only after that first paint, then mounted in its place.
 */
void bootOffice().then(async (boot) => {
  if (boot.oldWebview) return; // pageBoot.js has said what to do instead
  await afterFirstPaint();
  const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mountPane");
  mountPane(boot);
});
