/** `npm run test:browser`: the built task pane in Debian's Chromium (see .ci/run). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
  globalSetup: process.env.SKIP_WEB_BUILD ? undefined : "<rootDir>/tests/helpers/buildWeb.js",
  testTimeout: 120000,
  maxWorkers: 1,
};
