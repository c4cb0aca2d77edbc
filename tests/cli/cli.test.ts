import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  encryptedWorkbook,
  entityBomb,
  lyingZipBomb,
  randomBytes,
  zipBomb,
} from "../helpers/badFiles";
import { docxParagraphs } from "../helpers/docxText";
import { COURT_SAMPLE, GOV_SAMPLE, REFERENCE, ROOT, tempDir } from "../helpers/paths";
import { runCli } from "../helpers/runCli";

interface JsonIssue {
  severity: string;
  code: string;
  message: string;
  category: string | null;
  metric: string | null;
  sheet: string | null;
  cell: string | null;
}

describe("report-assembler packs", () => {
  it("lists the built-in packs", () => {
    const r = runCli(["packs"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^court-annual +法院法治政府建设年度报告/m);
    expect(r.stdout).toMatch(/^gov-annual +政府部门法治政府建设年度报告/m);
  });
});

describe("generate on the court sample reproduces the reference report", () => {
  const dir = tempDir();
  const out = join(dir, "报告.docx");
  let paragraphs: string[];
  beforeAll(() => {
    const r = runCli(["generate", COURT_SAMPLE, "-o", out]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    paragraphs = docxParagraphs(new Uint8Array(readFileSync(out))).filter((p) => p.trim() !== "");
  });
  const reference = readFileSync(REFERENCE, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

  it("gives back the reference report paragraph for paragraph, word for word", () => {
    expect(paragraphs.slice(0, 2)).toEqual(["东营区人民法院", "2023年度法治政府建设情况报告"]);
    expect(paragraphs).toEqual(reference);
  });
});

describe("check", () => {
  it("exits 0 on a complete workbook", () => {
    const r = runCli(["check", COURT_SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("完整");
  });

  it("prints the --json contract", () => {
    const r = runCli(["check", GOV_SAMPLE, "--pack", "gov-annual", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).sort()).toEqual([
      "categories",
      "complete",
      "issues",
      "pack",
      "schemaVersion",
      "summary",
    ]);
    expect(j).toMatchObject({
      schemaVersion: 2,
      pack: "gov-annual",
      complete: true,
      summary: { errors: 0, warnings: 0, notes: expect.any(Number) },
    });
    expect(Object.keys(j.categories[0]).sort()).toEqual([
      "complete",
      "filled",
      "id",
      "required",
      "title",
    ]);
    expect(j.categories.map((c: { id: string }) => c.id)).toEqual([
      "rules",
      "enforcement",
      "disputes",
      "publicity",
      "openness",
      "shortcomings",
      "leadership",
      "nextyear",
      "other",
    ]);
  });
});

describe("a reader that stops early (check … | head)", () => {
  it("ends the command quietly with its own exit code, no stack trace", () => {
    // `true` reads nothing and is gone before the report is checked: every write meets a closed pipe
    const cli = `"${process.execPath}" "${join(ROOT, "bin", "report-assembler.js")}"`;
    const r = spawnSync(
      "/bin/bash",
      ["-c", `${cli} check "${COURT_SAMPLE}" --json | true; echo "exit \${PIPESTATUS[0]}" >&2`],
      { encoding: "utf8", env: { ...process.env, REPORT_ASSEMBLER_DEBUG: "" }, timeout: 60_000 },
    );
    expect(r.stderr).toBe("exit 0\n");
  });
});

describe("scaffold → check → fill → check → generate", () => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");

  it("writes a blank standard workbook and refuses to overwrite it", () => {
    expect(runCli(["scaffold", "-o", blank]).code).toBe(0);
    const before = readFileSync(blank);
    const again = runCli(["scaffold", "-o", blank]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: .*已经存在，没有覆盖.*--force/);
    expect(readFileSync(blank).equals(before)).toBe(true);
  });

  it("check on the blank workbook exits 1 and lists every required metric at its cell", async () => {
    const r = runCli(["check", blank, "--json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { issues: JsonIssue[]; complete: boolean };
    expect(j.complete).toBe(false);
    const pack = JSON.parse(
      readFileSync(join(ROOT, "packs", "court-annual", "pack.json"), "utf8"),
    ) as {
      metrics: Array<{ code: string; required: boolean }>;
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    for (const m of pack.metrics.filter((x) => x.required)) {
      const issue = j.issues.find((i) => i.metric === m.code && i.code === "METRIC_VALUE_MISSING");
      expect(issue).toBeDefined();
      // the cell named is the 数值 cell of that metric's row
      const ws = wb.getWorksheet(issue!.sheet!)!;
      const cell = ws.getCell(issue!.cell!);
      expect(ws.getRow(Number(cell.row)).getCell(1).value).toBe(m.code);
      expect(ws.getRow(1).getCell(Number(cell.col)).value).toBe("数值");
    }
    expect(j.issues.filter((i) => i.code === "INFO_FIELD_MISSING").map((i) => i.cell)).toEqual([
      "B2",
      "B3",
      "B4",
    ]);
  });
});

describe("generate refuses an incomplete workbook unless told otherwise", () => {
  const dir = tempDir();
  const blank = join(dir, "blank.xlsx");
  beforeAll(() => {
    expect(runCli(["scaffold", "-o", blank, "--pack", "gov-annual"]).code).toBe(0);
  });

  it("exits 1 and writes nothing", () => {
    const out = join(dir, "draft.docx");
    const r = runCli(["generate", blank, "--pack", "gov-annual", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: 工作簿还不完整.*--allow-incomplete。\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["blank.xlsx"]);
  });

  it("with --allow-incomplete, writes a draft whose every gap is a marker", () => {
    const out = join(dir, "draft.docx");
    const r = runCli(["generate", blank, "--pack", "gov-annual", "-o", out, "--allow-incomplete"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已生成草稿.*处标有【待补充】/);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    expect(text).toContain("【待补充：单位名称】");
    // a blank figure in a default sentence is marked where it would stand
    expect(text).toContain("全年制定行政规范性文件【待补充：制定规范性文件】");
    expect(text).not.toContain("undefined");
  });
});

describe("a second workbook yields a report with its own figures", () => {
  it("gov sample: its figures, year-on-year phrasing, no court figure", () => {
    const out = join(tempDir(), "gov.docx");
    expect(runCli(["generate", GOV_SAMPLE, "--pack", "gov-annual", "-o", out]).code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out))).join("\n");
    // the long title breaks between words: 示例区市场监督管理局关于 / 2024年度法治政府建设情况的报告
    expect(text).toContain("示例区市场监督管理局关于\n2024年度法治政府建设情况的报告");
    expect(text).toContain(
      "全年办结行政执法案件1286件，同比增长16.7%；其中行政处罚案件412件，同比下降9.5%",
    );
    expect(text).toContain("执法案卷评查合格率96.5%，同比提高2.1个百分点");
    expect(text).toContain("覆盖群众15万余人次");
    expect(text).toContain("一、主要举措和成效");
    expect(text).toContain("五、其他需要报告的情况");
    expect(text).toMatch(/五、其他需要报告的情况\n无。\n示例区市场监督管理局\n2025年1月20日$/);
    expect(text).not.toMatch(/16742|东营/);
  });
});

describe("bad input: exit 2, one clear line, quickly, no output file", () => {
  const dir = tempDir();
  const docx = readFileSync(join(ROOT, "packs", "court-annual", "template.docx"));
  const sample = readFileSync(COURT_SAMPLE);
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ["empty file", () => new Uint8Array(), /空文件/],
    ["random bytes", () => randomBytes(), /不是 Excel 工作簿/],
    ["a .docx renamed .xlsx", () => docx, /是 Word 文档，不是工作簿/],
    ["a truncated zip", () => sample.subarray(0, Math.floor(sample.length / 2)), /不完整/],
    ["a zip bomb", zipBomb, /异常巨大/],
    ["a zip bomb with lying headers", lyingZipBomb, /已损坏/],
    ["an XML entity bomb", entityBomb, /文档类型声明/],
    ["an encrypted workbook", encryptedWorkbook, /密码/],
  ];
  it.each(cases)("%s", (name, make, message) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, make());
    const out = join(dir, `${name}.docx`);
    for (const args of [
      ["check", file],
      ["generate", file, "-o", out, "--allow-incomplete"],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.ms).toBeLessThan(10_000);
    }
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["check"], /check 命令要写上一个工作簿文件/],
    [["check", "nope.xlsx"], /找不到工作簿「nope\.xlsx」/],
    [["frobnicate"], /没有「frobnicate」这个命令/],
    [["check", COURT_SAMPLE, "--bogus"], /check 命令没有 --bogus 选项/],
    [["check", COURT_SAMPLE, "--pack", "no-such-pack"], /没有叫「no-such-pack」的报告类型/],
    [["generate", COURT_SAMPLE, "-o", "/no/such/dir/x.docx"], /文件夹「\/no\/such\/dir」不存在/],
    [["generate", COURT_SAMPLE, "-o", dir], /是文件夹：请在 -o 后写出报告的文件名/],
    [["generate", COURT_SAMPLE, "-o", join(dir, "x.pdf")], /应以 \.docx 结尾/],
    [
      ["generate", COURT_SAMPLE, "--template", COURT_SAMPLE, "-o", join(dir, "t.docx")],
      /模板「.*」是 Excel 工作簿，不是 Word 模板/,
    ],
  ])("usage: %j", (args, message) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a user's own pack and template", () => {
  it("--pack DIR takes a pack folder; without a template one is built from the pack", () => {
    const dir = tempDir();
    const pack = JSON.parse(readFileSync(join(ROOT, "packs", "gov-annual", "pack.json"), "utf8"));
    pack.id = "my-bureau";
    pack.title = "我局年度报告";
    pack.defaultTitle = "{单位名称}{报告年度}年度工作报告";
    delete pack.template;
    writeFileSync(join(dir, "pack.json"), JSON.stringify(pack));
    const out = join(dir, "r.docx");
    const r = runCli(["generate", GOV_SAMPLE, "--pack", dir, "-o", out]);
    expect(r.code).toBe(0);
    const text = docxParagraphs(new Uint8Array(readFileSync(out)));
    expect(text[0]).toBe("示例区市场监督管理局2024年度工作报告");
  });

  it.each(["../template.docx", "/etc/passwd.docx", "sub/模板.docx", "模板.dotx"])(
    "a pack whose template is %s (not a .docx beside pack.json) is refused, naming the field",
    (template) => {
      const dir = tempDir();
      const pack = JSON.parse(readFileSync(join(ROOT, "packs", "gov-annual", "pack.json"), "utf8"));
      pack.id = "my-bureau";
      pack.template = template;
      writeFileSync(join(dir, "pack.json"), JSON.stringify(pack));
      const r = runCli(["check", GOV_SAMPLE, "--pack", dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/template ".*" 应是放在 pack\.json 同一文件夹里的 \.docx 文件名/);
    },
  );

  it("a faulty pack is refused with every fault listed", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "pack.json"),
      JSON.stringify({ id: "Bad Id", metrics: [{ code: "a b", kind: "money" }] }),
    );
    const r = runCli(["check", GOV_SAMPLE, "--pack", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 报告类型定义「.*pack\.json」有 \d+ 处错误：/);
    expect(r.stderr).toMatch(/缺少 "title"/);
    expect(r.stderr).toMatch(/id 写法不对/);
    const en = runCli(["check", GOV_SAMPLE, "--pack", dir], ROOT, { LANG: "en_US.UTF-8" });
    expect(en.stderr).toMatch(
      /^error: The report pack .* has \d+ fault\(s\): .*"title" is missing/,
    );
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("check with a template whose tag names no metric exits 1 and says which tag", async () => {
    const PizZip = (await import("pizzip")).default;
    const zip = new PizZip(readFileSync(join(ROOT, "packs", "court-annual", "template.docx")));
    const xml = zip.file("word/document.xml")!.asText();
    zip.file("word/document.xml", xml.replace("{报告标题}", "{报告标题}{审结案件总数}"));
    const template = join(tempDir(), "t.docx");
    writeFileSync(template, zip.generate({ type: "nodebuffer" }));
    const r = runCli(["check", COURT_SAMPLE, "--template", template, "--json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { issues: JsonIssue[] };
    expect(j.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({
        code: "TEMPLATE_UNKNOWN_NAME",
        severity: "error",
        message: expect.stringContaining("审结案件总数"),
      }),
    ]);
  });
});

describe("time limit", () => {
  it("a command over REPORT_ASSEMBLER_TIME_LIMIT stops with one line and exit 2", async () => {
    const { spawnSync } = await import("node:child_process");
    const dir = tempDir();
    const out = join(dir, "r.docx");
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "report-assembler.js"), "generate", COURT_SAMPLE, "-o", out],
      {
        encoding: "utf8",
        env: { ...process.env, REPORT_ASSEMBLER_TIME_LIMIT: "0.001", LANG: "", LC_ALL: "" },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: 处理超过 0.001 秒仍未完成/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
