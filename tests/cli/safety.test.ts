import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { fingerprintOf } from "../../src/core/report/fingerprint";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, GOV_SAMPLE, ROOT, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

/** A copy of a .docx with one part changed by `edit`, as Word would save an edit. */
function editDocx(file: string, edit: (xml: string) => string, part = "word/document.xml"): void {
  const zip = new PizZip(readFileSync(file));
  zip.file(part, edit(zip.file(part)?.asText() ?? ""));
  writeFileSync(file, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("generate never destroys a report edited by hand", () => {
  const dir = tempDir();
  const out = join(dir, "报告.docx");

  it("replaces its own unchanged output", () => {
    expect(runCli(["generate", COURT_SAMPLE, "-o", out]).code).toBe(0);
    const first = readFileSync(out);
    const again = runCli(["generate", COURT_SAMPLE, "-o", out]);
    expect(again.code).toBe(0);
    expect(readFileSync(out).equals(first)).toBe(true);
  });

  it("keeps a report changed since it was generated: exit 2, names --force, bytes untouched", () => {
    editDocx(out, (xml) => xml.replace("东营区人民法院", "东营区人民法院（修改稿）"));
    const edited = readFileSync(out);
    const r = runCli(["generate", COURT_SAMPLE, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 「.*报告\.docx」在生成后被修改过.*没有覆盖.*--force。\n$/);
    expect(readFileSync(out).equals(edited)).toBe(true);
    expect(readdirSync(dir)).toEqual(["报告.docx"]);
  });

  it("keeps a document it did not write (no fingerprint), such as a copy of the template", () => {
    const other = join(dir, "其他.docx");
    copyFileSync(join(ROOT, "packs", "court-annual", "template.docx"), other);
    const r = runCli(["generate", COURT_SAMPLE, "-o", other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是本工具生成的/);
  });

  it("replaces an edited report when told to with --force", () => {
    const r = runCli(["generate", COURT_SAMPLE, "-o", out, "--force"]);
    expect(r.code).toBe(0);
    expect(docxParagraphs(readFileSync(out))[0]).toBe("东营区人民法院");
  });

  it("keeps a re-saved report whose body changed in form only (as Word rewrites its XML)", () => {
    editDocx(out, (xml) => xml.replace(/<w:p>/, '<w:p w:rsidR="00A1B2C3">'));
    expect(runCli(["generate", COURT_SAMPLE, "-o", out]).code).toBe(2);
  });

  it.each([
    [
      "its styles",
      "word/styles.xml",
      (xml: string) => xml.replace('w:sz w:val="32"', 'w:sz w:val="30"'),
    ],
    ["its footer", "word/footer1.xml", (xml: string) => xml.replace("—", "-")],
    ["a part added (a comment)", "word/comments.xml", () => "<w:comments/>"],
  ])(
    "keeps a report whose body is as generated but %s changed: exit 2, names --force",
    (_what, part, edit) => {
      expect(runCli(["generate", COURT_SAMPLE, "-o", out, "--force"]).code).toBe(0);
      const zip = new PizZip(readFileSync(out));
      if (part !== "word/comments.xml") expect(zip.file(part)).not.toBeNull();
      const before = part === "word/comments.xml" ? "" : zip.file(part)!.asText();
      expect(part === "word/comments.xml" || edit(before) !== before).toBe(true);
      editDocx(out, edit, part);
      const edited = readFileSync(out);
      const r = runCli(["generate", COURT_SAMPLE, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--force/);
      expect(readFileSync(out).equals(edited)).toBe(true);
    },
  );

  it("honours the body-only fingerprint a report of an earlier version carries", () => {
    expect(runCli(["generate", COURT_SAMPLE, "-o", out, "--force"]).code).toBe(0);
    // as the earlier version wrote it: the body's fingerprint under the old property name
    const zip = new PizZip(readFileSync(out));
    const body = zip.file("word/document.xml")!.asText();
    const old = fingerprintOf(body);
    zip.file(
      "docProps/custom.xml",
      zip
        .file("docProps/custom.xml")!
        .asText()
        .replace(
          /<property [^>]*name="ReportAssemblerPackageFingerprint"[^>]*>[\s\S]*?<\/property>/,
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ReportAssemblerFingerprint"><vt:lpwstr>${old}</vt:lpwstr></property>`,
        ),
    );
    writeFileSync(out, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(runCli(["generate", COURT_SAMPLE, "-o", out]).code).toBe(0);
    // and once replaced, it carries the whole package's
    expect(new PizZip(readFileSync(out)).file("docProps/custom.xml")!.asText()).toMatch(
      /name="ReportAssemblerPackageFingerprint"/,
    );
    editDocx(out, (xml) => xml.replace('w:sz w:val="32"', 'w:sz w:val="30"'), "word/styles.xml");
    expect(runCli(["generate", COURT_SAMPLE, "-o", out]).code).toBe(2);
  });

  it("stamps a report whose template's custom properties are an empty <Properties …/>", () => {
    const dir2 = tempDir();
    const tpl = join(dir2, "模板.docx");
    const zip = new PizZip(readFileSync(join(ROOT, "packs", "court-annual", "template.docx")));
    zip.file(
      "docProps/custom.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>',
    );
    writeFileSync(tpl, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    const report = join(dir2, "报告.docx");
    expect(runCli(["generate", COURT_SAMPLE, "--template", tpl, "-o", report]).code).toBe(0);
    expect(runCli(["generate", COURT_SAMPLE, "--template", tpl, "-o", report]).code).toBe(0);
    editDocx(report, (xml) => xml.replace("东营区人民法院", "东营区人民法院（修改稿）"));
    expect(runCli(["generate", COURT_SAMPLE, "--template", tpl, "-o", report]).code).toBe(2);
  });
});

describe("a user's pack folder goes through the same guard as --template", () => {
  const packDir = (template: Uint8Array | null) => {
    const dir = tempDir();
    const pack = JSON.parse(readFileSync(join(ROOT, "packs", "gov-annual", "pack.json"), "utf8"));
    pack.id = "my-pack";
    writeFileSync(join(dir, "pack.json"), JSON.stringify(pack));
    if (template) writeFileSync(join(dir, "template.docx"), template);
    return dir;
  };

  it("a template holding a DOCTYPE is refused: exit 2, no report", () => {
    const zip = new PizZip(readFileSync(join(ROOT, "packs", "gov-annual", "template.docx")));
    const styles = zip.file("word/styles.xml")!.asText();
    zip.file(
      "word/styles.xml",
      styles.replace(/^<\?xml[^>]*\?>/, (decl) => `${decl}<!DOCTYPE x [<!ENTITY a "b">]>`),
    );
    const dir = packDir(zip.generate({ type: "uint8array" }));
    const out = join(dir, "r.docx");
    const r = runCli(["generate", GOV_SAMPLE, "--pack", dir, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 模板.*文档类型声明/);
    expect(existsSync(out)).toBe(false);
    // the same file given with --template is refused in the same words
    const t = runCli(["generate", GOV_SAMPLE, "--template", join(dir, "template.docx"), "-o", out]);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/文档类型声明/);
  });

  it("a pack naming a template that is not there is refused, naming it", () => {
    const dir = packDir(null);
    const r = runCli(["check", GOV_SAMPLE, "--pack", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 报告类型「my-pack」指定的模板「.*template\.docx」不存在/);
  });
});

describe("the terminal's language", () => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");
  beforeAll(() => {
    expect(runCli(["scaffold", "-o", blank]).code).toBe(0);
  });

  /** English text with the names it quotes (“…”, "…", {…}) taken out: what must hold no Chinese. */
  const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"|\{[^}]*\}/g, "");

  it("LANG=en_US.UTF-8: check --json speaks English only", () => {
    const r = runCli(["check", blank, "--json"], ROOT, { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { issues: Array<{ message: string; code: string }> };
    expect(j.issues.length).toBeGreaterThan(10);
    for (const i of j.issues) expect(unquoted(i.message)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("LC_ALL wins over LANG, and errors are English too", () => {
    const r = runCli(["check", join(dir, "nope.xlsx")], ROOT, {
      LANG: "zh_CN.UTF-8",
      LC_ALL: "en_GB.UTF-8",
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: Cannot find the workbook “.*nope\.xlsx”/);
  });

  it("Chinese is the default", () => {
    const r = runCli(["check", join(dir, "nope.xlsx")]);
    expect(r.stderr).toMatch(/^error: 找不到工作簿/);
  });
});

describe("outputs are written whole, where asked, or not at all", () => {
  it("scaffold -o into a missing folder names the folder and writes nothing", () => {
    const dir = tempDir();
    const r = runCli(["scaffold", "-o", join(dir, "no", "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/文件夹「.*no」不存在/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("generate -o a folder says to give a file name, and writes nothing", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    const r = runCli(["generate", COURT_SAMPLE, "-o", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/「.*out」是文件夹：请在 -o 后写出报告的文件名，如 .*报告\.docx/);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });
});

describe("a template whose title and signature styles carry other ids (Chinese Word, WPS)", () => {
  /** The gov template with its Title and Signature styles re-id'd, named as Word or WPS name them. */
  const renamed = (titleName: string, signatureName: string) => {
    const zip = new PizZip(readFileSync(join(ROOT, "packs", "gov-annual", "template.docx")));
    const re = (part: string, edit: (x: string) => string) =>
      zip.file(part, edit(zip.file(part)!.asText()));
    re("word/styles.xml", (x) =>
      x
        .replace(
          'w:styleId="Title"><w:name w:val="Title"/>',
          `w:styleId="a3"><w:name w:val="${titleName}"/>`,
        )
        .replace(
          'w:styleId="Signature"><w:name w:val="Signature"/>',
          `w:styleId="a5"><w:name w:val="${signatureName}"/>`,
        ),
    );
    re("word/document.xml", (x) =>
      x.replace(/w:val="Title"/g, 'w:val="a3"').replace(/w:val="Signature"/g, 'w:val="a5"'),
    );
    const file = join(tempDir(), "模板.docx");
    writeFileSync(file, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  };
  const body = (file: string) => new PizZip(readFileSync(file)).file("word/document.xml")!.asText();

  it.each([
    ["Title", "Signature"],
    ["标题", "签名"],
  ])("breaks the title and places the 落款 alike when they are named %s and %s", (t, sig) => {
    const dir = tempDir();
    const plain = join(dir, "默认.docx");
    const other = join(dir, "改名.docx");
    expect(runCli(["generate", GOV_SAMPLE, "-o", plain]).code).toBe(0);
    expect(runCli(["generate", GOV_SAMPLE, "--template", renamed(t, sig), "-o", other]).code).toBe(
      0,
    );
    const a = body(plain);
    const b = body(other)
      .replace(/w:val="a3"/g, 'w:val="Title"')
      .replace(/w:val="a5"/g, 'w:val="Signature"');
    expect(a).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?<w:br\/>/);
    expect(a).toMatch(/<w:pStyle w:val="Signature"\/><w:ind w:left="\d+"/);
    expect(b).toBe(a);
  });
});
