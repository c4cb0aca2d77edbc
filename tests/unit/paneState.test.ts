import { loadPack } from "../../src/adapters/node-files/packStore";
import type { Issue } from "../../src/core/issues/issue.types";
import {
  initialState,
  paneReducer,
  type PaneState,
} from "../../src/surfaces/taskpane/state/paneState";

const court = () => loadPack("court-annual").pack;
const gov = () => loadPack("gov-annual").pack;
const broken: Issue = {
  code: "TEMPLATE_SYNTAX",
  severity: "error",
  location: { kind: "workbook" },
  args: {},
};

describe("the pane's state", () => {
  it("an action that starts clears the last notice; its end is announced, each time anew", () => {
    let s: PaneState = {
      ...initialState(court()),
      notice: { intent: "info", text: "已清除标记" },
    };
    s = paneReducer(s, { type: "started", label: "正在检查…", cancellable: true });
    expect([s.busy, s.cancellable, s.notice]).toEqual(["正在检查…", true, null]);
    s = paneReducer(s, { type: "finished", patch: { say: "检查完成。" } });
    s = paneReducer(s, { type: "set", patch: { say: "检查完成。" } });
    expect([s.busy, s.announcement]).toEqual([null, { text: "检查完成。", n: 2 }]);
  });

  it("a failure and a cancel end the work with their sentence, said aloud", () => {
    const started = paneReducer(initialState(court()), {
      type: "started",
      label: "…",
      cancellable: false,
    });
    const failed = paneReducer(started, { type: "failed", text: "「a.docx」是 Word 文档" });
    expect([failed.busy, failed.notice?.intent, failed.announcement?.text]).toEqual([
      null,
      "error",
      "「a.docx」是 Word 文档",
    ]);
    const cancelled = paneReducer(started, { type: "cancelled", text: "已取消" });
    expect(cancelled.notice).toEqual({ intent: "info", text: "已取消" });
  });

  it("another report type drops what was found for the last one, a template's problems too", () => {
    const s: PaneState = {
      ...initialState(court()),
      template: { kind: "custom", name: "我的.docx", bytes: new Uint8Array(), issues: [broken] },
      notice: { intent: "warning", text: "…" },
    };
    const next = paneReducer(s, { type: "packChosen", pack: gov() });
    expect(next.pack.id).toBe("gov-annual");
    expect(next.packChosen).toBe(true);
    expect([next.check, next.report, next.notice]).toEqual([null, null, null]);
    expect(next.template).toMatchObject({ kind: "custom", name: "我的.docx", issues: [] });
  });

  it("progress while idle changes nothing (a late stage report of finished work)", () => {
    const s = initialState(court());
    expect(paneReducer(s, { type: "progress", label: "正在读取…" })).toBe(s);
  });
});
