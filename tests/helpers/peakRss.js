// Preloaded into a CLI run (NODE_OPTIONS=--require …): writes the process's peak memory (in KB) to
// PEAK_RSS_FILE when it exits, so a test can hold a command to a memory budget. On Linux the
// peak is this process's own high-water mark (VmHWM): getrusage's maxRSS keeps, across exec, the
// peak of the process that spawned it — a jest worker that has held a large workbook.
const { readFileSync, writeFileSync } = require("node:fs");

function peakKB() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: there rusage is this process's own
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(peakKB()));
});
