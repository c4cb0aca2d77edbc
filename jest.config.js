/** `npm test`: everything that needs no system package (no LibreOffice, no browser). */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: [
    "<rootDir>/src/**/*.test.ts",
    "<rootDir>/tests/unit/**/*.test.ts",
    "<rootDir>/tests/cli/**/*.test.ts",
    "<rootDir>/tests/property/**/*.test.ts",
  ],
  globalSetup: "<rootDir>/tests/helpers/buildOnce.js",
  testTimeout: 60000,
};
