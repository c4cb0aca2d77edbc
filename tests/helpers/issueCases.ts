/**
 * Every issue code the engine has, each made to happen on the court sample, with where it must
 * point: the catalogue test asserts the places, the issues document prints the messages.
 */
import { UNCALCULATED, type CellValue, type WorkbookGrid } from "../../src/core/grid/grid.types";
import type { Issue, IssueCode, IssueLocation } from "../../src/core/issues/issue.types";
import type { Pack } from "../../src/core/packs/pack.types";
import { templateWith, p, r } from "./templates";
import { COURT_SAMPLE, XXGK_SAMPLE } from "./paths";
import type { OpenedTemplate } from "../../src/core/report/openTemplate";
import {
  checkGrid,
  courtPack,
  courtTemplate,
  editSheet,
  engine,
  readGrid,
  setInfo,
  setValue,
  sheet,
  statementRow,
  xxgkPack,
  xxgkTemplate,
} from "./workbooks";

let sample: WorkbookGrid;
/** the 政府信息公开 sample, for the issues of statutory tables */
let tables: WorkbookGrid;
/** Reads the samples the cases edit; call once (in beforeAll) before making any. */
export async function loadIssueCases(): Promise<void> {
  sample = await readGrid(COURT_SAMPLE);
  tables = await readGrid(XXGK_SAMPLE);
}

/** 表三 of the 政府信息公开 sample with one cell (A1 on the sheet) changed. */
const table3 = (cell: [row: number, col: number], value: CellValue) =>
  editSheet(tables, "表三依申请", (rows) => {
    const row = rows[cell[0]] ?? (rows[cell[0]] = []);
    row[cell[1]] = value;
  });

type Row = Array<CellValue | undefined>;
const addRow = (grid: WorkbookGrid, name: string, row: Row) =>
  editSheet(grid, name, (rows) => rows.push(row));
/** A 表述 in 党的领导 (column F), at row 5. */
const statement = (grid: WorkbookGrid, text: string) =>
  addRow(grid, "党的领导", statementRow(text));
/** The court pack with a date metric added to 审判执行. */
const withDateMetric = (): Pack => {
  const pack = courtPack();
  return {
    ...pack,
    metrics: [
      ...pack.metrics,
      {
        code: "SP10",
        name: "集中宣判日",
        unit: "",
        kind: "date",
        category: "trial",
        definition: "x",
        required: false,
      },
    ],
  };
};

export interface IssueCase {
  readonly code: IssueCode;
  readonly make: () => WorkbookGrid;
  readonly pack?: () => Pack;
  /** the pack's own template, when the case's pack is not the court's */
  readonly packTemplate?: () => OpenedTemplate;
  readonly template?: string[];
  readonly at: Partial<IssueLocation> & { kind: IssueLocation["kind"] };
  readonly severity?: Issue["severity"];
}

/** Cases on the 政府信息公开 pack and its own template. */
const XXGK = { pack: xxgkPack, packTemplate: xxgkTemplate } as const;

/** Every issue code the engine has, each made to happen, with where it must point. */
export const ISSUE_CASES: readonly IssueCase[] = [
  {
    code: "WORKBOOK_NOT_STANDARD",
    make: () => ({
      sheets: [
        sheet("Sheet1", [
          ["姓名", "金额"],
          ["张三", 5],
        ]),
      ],
    }),
    at: { kind: "workbook" },
  },
  {
    code: "INFO_SHEET_MISSING",
    make: () => ({ sheets: sample.sheets.filter((s) => s.name !== "报告信息") }),
    at: { kind: "workbook" },
  },
  {
    code: "INFO_FIELD_MISSING",
    make: () => setInfo(sample, "单位名称", null),
    at: { kind: "cell", sheet: "报告信息", cell: "B2" },
  },
  {
    code: "INFO_FIELD_INVALID",
    make: () => setInfo(sample, "报告年度", "二〇二三"),
    at: { kind: "cell", sheet: "报告信息", cell: "B3" },
  },
  {
    code: "INFO_CUTOFF_STALE",
    make: () => setInfo(sample, "统计截止日期", "2022年12月15日"),
    at: { kind: "cell", sheet: "报告信息", cell: "B4" },
    severity: "warning",
  },
  {
    code: "SHEET_MISSING",
    make: () => ({ sheets: sample.sheets.filter((s) => s.name !== "创新治理") }),
    at: { kind: "workbook" },
  },
  {
    code: "SHEET_HEADER_MISSING",
    make: () => editSheet(sample, "创新治理", (rows) => (rows[0] = ["甲", "乙", "丙"])),
    at: { kind: "sheet", sheet: "创新治理" },
  },
  {
    code: "SHEET_COLUMN_MISSING",
    make: () => editSheet(sample, "党的领导", (rows) => ((rows[0] as Row)[2] = "备注一")),
    at: { kind: "sheet", sheet: "党的领导" },
  },
  {
    code: "SHEET_COLUMN_DUPLICATE",
    make: () => editSheet(sample, "党的领导", (rows) => ((rows[0] as Row)[9] = "数值")),
    at: { kind: "cell", sheet: "党的领导", cell: "J1" },
    severity: "warning",
  },
  {
    code: "METRIC_ROW_MISSING",
    make: () => editSheet(sample, "党的领导", (rows) => rows.splice(2, 1)),
    at: { kind: "cell", sheet: "党的领导" },
  },
  {
    code: "METRIC_VALUE_MISSING",
    make: () => setValue(sample, "审判执行", "SP06", null),
    at: { kind: "cell", sheet: "审判执行", cell: "C7" },
  },
  {
    code: "METRIC_NOT_NUMBER",
    make: () => setValue(sample, "党的领导", "DL01", "很多次"),
    at: { kind: "cell", sheet: "党的领导", cell: "C2" },
  },
  {
    code: "METRIC_NOT_DATE",
    pack: withDateMetric,
    make: () => addRow(sample, "审判执行", ["SP10", "集中宣判日", "下个月"]),
    at: { kind: "cell", sheet: "审判执行" },
    severity: "warning",
  },
  {
    code: "METRIC_CELL_ERROR",
    make: () => setValue(sample, "党的领导", "DL01", { error: "#REF!" }),
    at: { kind: "cell", sheet: "党的领导", cell: "C2" },
  },
  {
    code: "METRIC_FORMULA_UNCALCULATED",
    make: () => setValue(sample, "党的领导", "DL01", { error: UNCALCULATED }),
    at: { kind: "cell", sheet: "党的领导", cell: "C2" },
  },
  {
    code: "METRIC_UNIT_MISMATCH",
    make: () => setValue(sample, "审判执行", "SP06", "2000千克"),
    at: { kind: "cell", sheet: "审判执行", cell: "C7" },
    severity: "warning",
  },
  {
    code: "METRIC_OUT_OF_RANGE",
    make: () => setValue(sample, "党的领导", "DL01", 9999),
    at: { kind: "cell", sheet: "党的领导", cell: "C2" },
    severity: "warning",
  },
  {
    code: "GOVERNMENT_ANSWER_DOUBTFUL",
    make: () => setInfo(tables, "单位名称", "青山县人民政府"),
    ...XXGK,
    at: { kind: "cell", sheet: "报告信息", cell: "B5" },
    severity: "warning",
  },
  {
    code: "METRIC_ALWAYS_STATED",
    make: () => setValue(tables, "其他事项", "XF01", "不适用"),
    ...XXGK,
    at: { kind: "cell", sheet: "其他事项", cell: "C2" },
  },
  {
    code: "METRIC_DUPLICATE",
    make: () => addRow(sample, "党的领导", ["DL01", "集中学习研讨", 50]),
    at: { kind: "cell", sheet: "党的领导" },
  },
  {
    code: "METRIC_UNKNOWN_CODE",
    make: () => addRow(sample, "党的领导", ["XX99", "其他", 5]),
    at: { kind: "cell", sheet: "党的领导" },
    severity: "warning",
  },
  {
    code: "METRIC_PRIOR_INVALID",
    make: () =>
      editSheet(
        sample,
        "审判执行",
        (rows) => ((rows.find((x) => x[0] === "SP02") as Row)[5] = "去年"),
      ),
    at: { kind: "cell", sheet: "审判执行", cell: "F3" },
    severity: "warning",
  },
  {
    code: "RULE_VIOLATED",
    make: () => setValue(setValue(sample, "审判执行", "SP01", 1523), "审判执行", "SP03", 99999),
    at: { kind: "cell", sheet: "审判执行", cell: "C4" },
  },
  {
    code: "INFO_CUTOFF_NOT_YEAR_END",
    make: () => setInfo(tables, "统计截止日期", "2025年12月20日"),
    ...XXGK,
    at: { kind: "cell", sheet: "报告信息", cell: "B4" },
    severity: "warning",
  },
  {
    code: "SIGN_DATE_LATE",
    make: () => setInfo(tables, "成文日期", "2026年2月10日"),
    ...XXGK,
    at: { kind: "cell", sheet: "报告信息", cell: "B15" },
    severity: "note",
  },
  {
    code: "TABLE_OLD_LAYOUT",
    make: () =>
      editSheet(tables, "表三依申请", (rows) => {
        const at = rows.findIndex((r) => r?.[1] === "（六）其他处理");
        rows.splice(at, 3, ["", "（六）其他处理", "", 1, 0, 0, 0, 0, 0, 1]);
      }),
    ...XXGK,
    at: { kind: "cell", sheet: "表三依申请", cell: "B26" },
  },
  {
    code: "TABLE_LABEL_MISSING",
    make: () => table3([20, 2], "重复的申请"),
    ...XXGK,
    at: { kind: "sheet", sheet: "表三依申请" },
  },
  {
    code: "TABLE_LABEL_TWICE",
    make: () =>
      editSheet(tables, "表三依申请", (rows) => {
        const row = rows.find((r) => r?.[2] === "2.重复申请");
        rows.push([], ["三、本年度办理结果", "（五）不予处理", ...(row ?? []).slice(2)]);
      }),
    ...XXGK,
    at: { kind: "cell", sheet: "表三依申请", cell: "C32" },
  },
  {
    code: "TABLE_EMPTY",
    make: () =>
      editSheet(tables, "表四复议诉讼", (rows) => {
        for (const row of rows) row.forEach((v, c) => typeof v === "number" && (row[c] = null));
      }),
    ...XXGK,
    at: { kind: "cell", sheet: "表四复议诉讼", cell: "A6" },
  },
  {
    code: "TABLE_CELL_BLANK",
    make: () => table3([21, 5], null),
    ...XXGK,
    at: { kind: "cell", sheet: "表三依申请", cell: "F22" },
  },
  {
    code: "TABLE_CELL_INVALID",
    make: () => table3([21, 8], "/"),
    ...XXGK,
    at: { kind: "cell", sheet: "表三依申请", cell: "I22" },
  },
  {
    code: "TABLE_RELATION",
    // 结转下年度·自然人 one more than the form's sums allow
    make: () => table3([29, 3], 2),
    ...XXGK,
    at: { kind: "cell", sheet: "表三依申请", cell: "D29" },
  },
  {
    code: "NARRATIVE_TOO_FEW",
    make: () => editSheet(sample, "工作打算", (rows) => rows.splice(1)),
    at: { kind: "cell", sheet: "工作打算", cell: "H2" },
  },
  {
    code: "SHEET_NOT_IN_REPORT",
    make: () => ({
      sheets: [
        ...sample.sheets,
        sheet("附表1", [
          ["编码", "指标", "数值", "表述"],
          [null, null, null, "另一段话"],
        ]),
      ],
    }),
    at: { kind: "sheet", sheet: "附表1" },
    severity: "note",
  },
  {
    code: "SHEET_HIDDEN_USED",
    make: () => ({
      sheets: sample.sheets.map((s) =>
        s.name === "创新治理" ? { ...s, visibility: "hidden" as const } : s,
      ),
    }),
    at: { kind: "sheet", sheet: "创新治理" },
    severity: "warning",
  },
  {
    code: "ROWS_HIDDEN",
    make: () => ({
      sheets: sample.sheets.map((s) =>
        s.name === "党的领导" ? { ...s, hiddenRows: new Set([3, 5]) } : s,
      ),
    }),
    at: { kind: "cell", sheet: "党的领导", cell: "A4" },
    severity: "warning",
  },
  {
    code: "PLACEHOLDER_UNKNOWN",
    make: () => statement(sample, "共{不存在的指标}。"),
    at: { kind: "cell", sheet: "党的领导" },
  },
  {
    code: "PLACEHOLDER_SYNTAX",
    make: () => statement(sample, "共{新收案件。"),
    at: { kind: "cell", sheet: "党的领导" },
  },
  {
    code: "PLACEHOLDER_FILTER_MISUSE",
    make: () => statement(sample, "{单位名称|万}"),
    at: { kind: "cell", sheet: "党的领导" },
  },
  {
    code: "FIGURE_NEEDED",
    // a Word template's tag keeps the template's meaning: outside a condition, it needs a figure
    make: () => setValue(sample, "审判执行", "SP08", null),
    template: [p(r("依法审结贪腐系列窝案{审结贪腐窝案}。"))],
    at: { kind: "cell", sheet: "审判执行", cell: "C9" },
  },
  {
    code: "METRIC_FORMULA_MISMATCH",
    make: () => setValue(setValue(sample, "审判执行", "SP01", 1523), "审判执行", "SP04", 90),
    at: { kind: "cell", sheet: "审判执行", cell: "C5" },
  },
  {
    code: "SIGN_DATE_MISSING",
    make: () => sample,
    at: { kind: "cell", sheet: "报告信息", cell: "B7" },
    severity: "warning",
  },
  {
    code: "SIGN_DATE_EARLY",
    make: () => setInfo(sample, "成文日期", "2023年1月16日"),
    at: { kind: "cell", sheet: "报告信息", cell: "B7" },
    severity: "warning",
  },
  {
    code: "LEAD_MISSING",
    make: () => setInfo(sample, "导语", null),
    at: { kind: "cell", sheet: "报告信息" },
    severity: "warning",
  },
  {
    code: "REPORT_TYPE_OTHER",
    make: () => setInfo(sample, "报告类型", "政府部门法治政府建设年度报告（gov-annual，第2版）"),
    at: { kind: "cell", sheet: "报告信息", cell: "B17" },
    severity: "warning",
  },
  {
    code: "METRIC_NOT_WHOLE",
    make: () => setValue(sample, "创新治理", "CX03", 3.33),
    at: { kind: "cell", sheet: "创新治理", cell: "C4" },
  },
  {
    code: "METRIC_UNUSED",
    make: () => setValue(sample, "审判执行", "SP01", 1523),
    at: { kind: "cell", sheet: "审判执行", cell: "C2" },
    severity: "warning",
  },
  {
    code: "ZERO_STATED",
    make: () => setValue(sample, "党的领导", "DL01", 0),
    at: { kind: "cell", sheet: "党的领导", cell: "C2" },
    severity: "warning",
  },
  {
    code: "OTHER_UNIT_NAMED",
    make: () => statement(sample, "垦利区人民法院创建“法润新枫”法庭品牌。"),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
    severity: "warning",
  },
  {
    code: "YEAR_STALE",
    make: () => statement(sample, "2019年，我院持续开展专项活动。"),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
    severity: "warning",
  },
  {
    code: "UNIT_DOUBLED",
    make: () => statement(sample, "开展集中学习研讨{集中学习研讨}余次。"),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
  },
  {
    code: "CLAUSE_DROPPED",
    make: () =>
      statement(
        setValue(sample, "审判执行", "SP08", null),
        "依法惩治腐败犯罪，审结贪腐系列窝案{审结贪腐窝案}。",
      ),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
    severity: "note",
  },
  {
    code: "METRIC_PRIOR_UNUSED",
    make: () => sample,
    at: { kind: "cell", sheet: "审判执行" },
    severity: "note",
  },
  {
    code: "FIGURE_TYPED_MISMATCH",
    make: () => addRow(sample, "审判执行", statementRow("全年共受理各类案件16700件。")),
    at: { kind: "cell", sheet: "审判执行" },
    severity: "warning",
  },
  {
    code: "CARRIED_UNCHANGED",
    make: () => {
      const party = sample.sheets.find((x) => x.name === "党的领导");
      const text = party?.rows[4]?.[6] as string;
      return {
        sheets: [
          ...sample.sheets,
          sheet(
            "报告助手记录",
            [
              ["表", "单元格", "上年表述"],
              ["党的领导", "G5", text],
            ],
            "veryHidden",
          ),
        ],
      };
    },
    at: { kind: "cell", sheet: "党的领导", cell: "G5" },
    severity: "warning",
  },
  {
    code: "PROMPT_UNFILLED",
    make: () => statement(sample, "【请填写：本年度党建工作的特色做法，一至两句】"),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
  },
  {
    code: "BRACKET_LEFT",
    make: () => statement(sample, "完成党支部换届选举。【】"),
    at: { kind: "cell", sheet: "党的领导", cell: "G8" },
  },
  {
    code: "TEMPLATE_SYNTAX",
    make: () => sample,
    template: [p(r("收案{新收案件"))],
    at: { kind: "template", file: "word/document.xml" },
  },
  {
    code: "TEMPLATE_UNKNOWN_NAME",
    make: () => sample,
    template: [p(r("共{审结案件总数}件"))],
    at: {
      kind: "template",
      file: "word/document.xml",
      tag: "审结案件总数",
      context: "共{审结案件总数}件",
    },
  },
  {
    code: "TEMPLATE_FILTER_MISUSE",
    make: () => sample,
    template: [p(r("{编号|序号:7}{单位名称|万}"))],
    at: { kind: "template", file: "word/document.xml" },
  },
];

/** The issue a case makes (the first of its code), checked with its pack and template. */
export function issueOf(c: IssueCase): Issue | undefined {
  const pack = c.pack ? c.pack() : courtPack();
  const template = c.template
    ? engine.openTemplate(templateWith(pack, c.template))
    : c.packTemplate
      ? c.packTemplate()
      : courtTemplate();
  const { result } = checkGrid(c.make(), pack, template);
  return result.issues.find((i) => i.code === c.code);
}
