/** `npm run test:browser`: the built task pane in Debian's Chromium (see .ci/run). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
  globalSetup: "<rootDir>/tests/helpers/buildWeb.js",
  testTimeout: 120000,
  maxWorkers: 1,
};
