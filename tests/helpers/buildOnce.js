// The CLI tests run the real binary, which runs the compiled code: compile it once per test run.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function buildOnce() {
  const root = path.resolve(__dirname, "..", "..");
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
};
