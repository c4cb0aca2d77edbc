import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The office-addins config bundles an older typescript-eslint; one plugin object is used everywhere
// (ESLint refuses two under one name), so its configs get the project's.
const withOurTsPlugin = (c) =>
  c.plugins?.["@typescript-eslint"]
    ? { ...c, plugins: { ...c.plugins, "@typescript-eslint": tseslint.plugin } }
    : c;
const officeRecommended = officeAddins.configs.recommended.map(withOurTsPlugin);
// The office-addins config registers these plugins for .ts files only; .tsx files get the same objects.
const officePlugins = officeRecommended.find((c) => c.plugins?.["office-addins"])?.plugins ?? {};

/** The product's sources, linted with types (tests under tests/ get the syntactic rules). */
const SOURCES = ["src/**/*.ts", "src/**/*.tsx"];

const nodeGlobals = {
  URL: "readonly",
  require: "readonly",
  module: "writable",
  process: "readonly",
  __dirname: "readonly",
  console: "readonly",
};

export default [
  { ignores: ["lib/", "dist/", "out/", "node_modules/", "coverage/", "tests/artifacts/"] },
  ...officeRecommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: officePlugins,
    // The plugin's own config loses its parser to an ES-module interop slip; name it here.
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript resolves names itself; the JavaScript rule knows no ambient types.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-require-imports": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  // typescript-eslint's type-checked recommended set, as the field lints TypeScript, on src/**
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: SOURCES })),
  {
    files: SOURCES,
    languageOptions: {
      parserOptions: {
        // the Node program (core, adapters, CLI, tests beside sources) and the pane's program
        project: ["./tsconfig.json", "./tsconfig.web.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // an async function without await is how a synchronous source meets an async interface, and
      // it turns what it throws into a rejection the caller's await sees
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // jest's asymmetric matchers (expect.stringMatching, expect.any) are typed any
    files: ["src/**/*.test.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    files: ["src/surfaces/taskpane/**/*.tsx", "src/surfaces/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // the report preview scrolls: it takes focus so the keyboard can scroll it (axe's
      // scrollable-region-focusable asks the same)
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["article"], roles: ["tabpanel"] }],
    },
  },
  { files: ["**/*.mjs"], languageOptions: { ecmaVersion: 2022, sourceType: "module" } },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: nodeGlobals },
  },
  {
    // the page's first script, run by every webview (IE11 included): ES5, browser globals
    files: ["src/surfaces/taskpane/pageBoot.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        location: "readonly",
      },
    },
  },
  {
    // ExcelJS, not the Office JS API: its getCell() reads values at once, with no load/sync.
    files: ["src/adapters/xlsx-file/**", "samples/**", "scripts/**", "tests/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    // Data flows one way: surfaces → adapters → core. The core knows nothing of Office, Node or the DOM.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "setImmediate", "clearImmediate", "__dirname", "__filename"].map(
          (name) => ({
            name,
            message: "the core runs in Node and the browser alike: no Node globals",
          }),
        ),
        ...["require", "module", "global"].map((name) => ({
          name,
          message: "the core is ES modules, platform-free: import, and no Node globals",
        })),
        ...["window", "document", "navigator", "self", "location", "Office", "Excel", "Word"].map(
          (name) => ({ name, message: "the core knows nothing of the DOM or Office" }),
        ),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/surfaces/**"],
              message: "the core must not depend on adapters or surfaces",
            },
            {
              group: ["node:*", "fs", "path", "zlib", "child_process", "exceljs"],
              message: "the core is platform-free",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/surfaces/**"], message: "adapters must not depend on surfaces" },
          ],
        },
      ],
    },
  },
];
