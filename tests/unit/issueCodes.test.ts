import PizZip from "pizzip";
import type { Issue } from "../../src/core/issues/issue.types";
import { ISSUE_TEXT } from "../../src/core/messages/issueText";
import { issueMessage, issueWhere } from "../../src/core/messages/render";
import { templateWith, p, r } from "../helpers/templates";
import { courtPack, engine } from "../helpers/workbooks";
import { ISSUE_CASES, issueOf, loadIssueCases, type IssueCase } from "../helpers/issueCases";

const CASES = ISSUE_CASES;
beforeAll(loadIssueCases);

describe("every issue code happens, pointing at its place", () => {
  it("covers the whole catalogue", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(ISSUE_TEXT)));
  });

  it.each(CASES.map((c) => [c.code, c] as const))("%s", (_code, c: IssueCase) => {
    const found = issueOf(c);
    expect(found).toBeDefined();
    const issue = found as Issue;
    expect(issue.location).toMatchObject(c.at);
    expect(issue.severity).toBe(c.severity ?? "error");
    // the message names the place a clerk can find
    const where = issueWhere(issue);
    if (c.at.kind === "cell") expect(where).toMatch(/^「.+」表 [A-Z]+\d+$/);
    if (c.at.kind === "template") expect(where).toBe("模板正文");
    expect(issueMessage(issue)).not.toMatch(/undefined|\[object/);
  });
});

describe("template faults are placed in the part where they are", () => {
  it("an unknown name in a footer is said to be in the footer", () => {
    const pack = courtPack();
    const zip = new PizZip(templateWith(pack, [p(r("正文"))]));
    const footer = zip.file("word/footer1.xml")!.asText();
    zip.file("word/footer1.xml", footer.replace("— ", "— {不存在的页脚字段}"));
    const template = engine.openTemplate(zip.generate({ type: "uint8array" }));
    const [issue] = engine.checkTemplate(template, pack);
    expect(issue).toMatchObject({
      code: "TEMPLATE_UNKNOWN_NAME",
      location: { kind: "template", file: "word/footer1.xml" },
    });
    expect(issueMessage(issue!)).toMatch(/^模板页脚中的\{不存在的页脚字段\}/);
    expect(issueMessage(issue!, "en-US")).toMatch(/in the template's footer/);
  });
});
