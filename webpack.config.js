/**
 * Builds the task pane and the ribbon's function file into dist/:
 *   dist/taskpane.html, dist/commands.html, their scripts (the engine in its own chunk, loaded on
 *   demand), assets/, samples/, packs/<id>/template.docx and manifest.xml.
 * Paths are relative, so dist/ works from any folder of any static server.
 *
 * Options (environment variables):
 *   OFFICE_JS=local         serve Office.js from the pinned @microsoft/office-js package (intranets
 *                           without internet access)
 *   ADDIN_URL=https://host/path/   the address dist/ will be served from; written into dist/manifest.xml
 *   ADDIN_ID=<guid>|random, ADDIN_NAME=<name>   an intranet deployment's own add-in id and display
 *                           name, written by Microsoft's office-addin-manifest (offline)
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
      "OFFICE_JS=local needs the @microsoft/office-js package (an optional dependency): run npm ci without --omit=optional",
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

/**
 * Gives dist/manifest.xml its own id and display name (ADDIN_ID, ADDIN_NAME), so an intranet
 * deployment does not collide with another installation of the add-in.
 */
class ManifestIdentity {
  apply(compiler) {
    const id = process.env.ADDIN_ID;
    const name = process.env.ADDIN_NAME;
    if (!id && !name) return;
    compiler.hooks.afterEmit.tapPromise("ManifestIdentity", async (compilation) => {
      const { OfficeAddinManifest } = require("office-addin-manifest");
      const file = path.join(compilation.outputOptions.path, "manifest.xml");
      await OfficeAddinManifest.modifyManifestFile(file, id, name);
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const office = officeJs();
  const url = addinUrl();
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/surfaces/taskpane/index.ts",
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
          {
            from: "src/surfaces/taskpane/pageBoot.js",
            to: "pageBoot.js",
            transform: (content) => content.toString().split("__OFFICE_JS__").join(office.url),
          },
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
      new ManifestIdentity(),
    ],
  };
};
