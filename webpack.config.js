/**
 * Builds the task pane and the ribbon's function file into dist/:
 *   dist/taskpane.html, dist/commands.html, their scripts (the engine in its own chunk, loaded on
 *   demand), assets/, samples/, packs/<id>/template.docx and manifest.xml.
 * Paths are relative, so dist/ works from any folder of any static server.
 *
 * Options (environment variables):
 *   OFFICE_JS=local         serve Office.js from the @microsoft/office-js package (intranets without
 *                           internet; `npm install --no-save @microsoft/office-js` first)
 *   ADDIN_URL=https://host/path/   the address dist/ will be served from; written into dist/manifest.xml
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_URL = "https://localhost:3000/";

function officeJs() {
  if (process.env.OFFICE_JS !== "local") return { url: CDN_OFFICE_JS, copy: [] };
  const dir = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
  if (!fs.existsSync(dir)) {
    throw new Error(
      "OFFICE_JS=local needs the @microsoft/office-js package: npm install --no-save @microsoft/office-js",
    );
  }
  // office.js loads its host files relative to its own URL: the whole folder goes along.
  return { url: "office-js/office.js", copy: [{ from: dir, to: "office-js" }] };
}

function addinUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https address: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const office = officeJs();
  const url = addinUrl();
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/surfaces/taskpane/index.tsx",
      commands: "./src/surfaces/commands/commands.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.web.json", transpileOnly: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/surfaces/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: office.url,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/surfaces/commands/commands.html",
        chunks: ["commands"],
        officeJs: office.url,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "samples/*.xlsx", to: "samples/[name][ext]" },
          {
            from: "packs/*/template.docx",
            to: ({ absoluteFilename }) =>
              `packs/${path.basename(path.dirname(absoluteFilename))}/template.docx`,
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // every URL, and the AppDomain, which is an origin without a path
            transform: (content) =>
              content
                .toString()
                .split(DEV_URL)
                .join(url)
                .split(new URL(DEV_URL).origin)
                .join(new URL(url).origin),
          },
          ...office.copy,
        ],
      }),
    ],
  };
};
