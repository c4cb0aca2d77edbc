import { main } from "../../src/surfaces/cli/main";
import { COURT_SAMPLE } from "../helpers/paths";

// A bug of ours inside the reader: it must be said as such, never as "your file is damaged".
jest.mock("../../src/adapters/xlsx-file/xlsxSource", () => ({
  xlsxSource: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'rows')");
  },
}));

function io(locale: "zh-CN" | "en-US") {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), locale },
  };
}

describe("an internal error", () => {
  it("exits 3 with one line that says it is not the user's file and what to send", async () => {
    const { err, io: zh } = io("zh-CN");
    expect(await main(["check", COURT_SAMPLE], zh)).toBe(3);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^error: 内部错误（报告助手 .*）：TypeError: Cannot read properties.*这不是您文件的问题.*发给维护人员/,
    );
    expect(err[0]).not.toMatch(/损坏|\n\s+at /);
  });

  it("in English too", async () => {
    const { err, io: en } = io("en-US");
    expect(await main(["generate", COURT_SAMPLE, "-o", "/tmp/never.docx"], en)).toBe(3);
    expect(err[0]).toMatch(/^error: Internal error .*not a fault in your file/);
  });
});
