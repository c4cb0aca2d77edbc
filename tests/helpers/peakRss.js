// Preloaded into a CLI run (NODE_OPTIONS=--require …): writes the process's peak memory (max RSS,
// in KB) to PEAK_RSS_FILE when it exits, so a test can hold a command to a memory budget.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE)
    writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
