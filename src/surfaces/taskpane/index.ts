import { bootOffice } from "./officeBoot";

/** Give up waiting for the paint entry after this long (a pane opened hidden never paints). */
const PAINT_WAIT_MS = 1000;

/**
 * Resolves once the shell of taskpane.html is on screen: when the browser reports its first
 * contentful paint (a frame can pass without one on a busy machine), else — without paint timing —
 * after the next frame.
 */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
    if (painted()) return resolve();
    if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: "paint", buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, PAINT_WAIT_MS);
  });

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
