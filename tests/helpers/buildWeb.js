// The browser suite tests what users get: the production build of dist/, made once per run.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function buildWeb() {
  const root = path.resolve(__dirname, "..", "..");
  const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  run([require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"]);
  run([require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]);
};
