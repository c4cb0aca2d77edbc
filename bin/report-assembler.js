#!/usr/bin/env node
"use strict";
// Runs the compiled CLI (npm ci builds it through the prepare script).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "lib", "src", "surfaces", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("error: report-assembler is not built yet: run `npm run build:node`\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
