import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, tempDir } from "../helpers/paths";

const XSD = resolve(ROOT, "..", "shared", "office-manifest-schemas", "OfficeAppManifestV1_1.xsd");

function validate(file: string): string {
  return execFileSync("xmllint", ["--noout", "--schema", XSD, file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schema", () => {
    expect(() => validate(join(ROOT, "manifest.xml"))).not.toThrow();
  });

  it("declares Excel and Word, ReadWriteDocument, https only, zh-CN and en-US", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Override Locale="en-US" Value="Report Assembler"/>');
    const urls = [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("an intranet build rewrites every URL, takes its own id and name, and still validates", () => {
    const out = join(tempDir(), "dist");
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ADDIN_URL: "https://intranet.example.gov.cn/report-assembler/",
          ADDIN_ID: "6f1c2a40-8d3e-4b7a-9c55-2e0f7d1a9b31",
          ADDIN_NAME: "报告助手（区法院）",
        },
        stdio: "ignore",
      },
    );
    const manifest = join(out, "manifest.xml");
    const xml = readFileSync(manifest, "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://intranet.example.gov.cn/report-assembler/taskpane.html");
    expect(xml).toMatch(/<Id>6f1c2a40-8d3e-4b7a-9c55-2e0f7d1a9b31<\/Id>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="报告助手（区法院）"/);
    expect(readFileSync(join(ROOT, "manifest.xml"), "utf8")).not.toContain("6f1c2a40");
    expect(() => validate(manifest)).not.toThrow();
  }, 180_000);
});
