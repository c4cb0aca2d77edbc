/** `npm run test:integration`: the suites that need LibreOffice, python3-docx and poppler (see .ci/run). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
  globalSetup: "<rootDir>/tests/helpers/buildOnce.js",
  testTimeout: 180000,
  maxWorkers: 1,
};
