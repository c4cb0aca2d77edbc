/**
 * `npm run test:scale`: the slow, exhaustive cases (fuzzing, scale) that need no system package;
 * CI runs them beside `npm test`, which stays a quick loop.
 */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/tests/scale/**/*.test.ts"],
  globalSetup: "<rootDir>/tests/helpers/buildOnce.js",
  testTimeout: 600000,
};
