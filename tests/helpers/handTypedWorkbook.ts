import ExcelJS from "exceljs";

/**
 * A court workbook the way a department fills it without the scaffold: a merged title over the
 * header on row 3, columns in its own order, full-width digits, approximate figures, a formula,
 * a broken reference, a hidden helper sheet.
 */
export async function writeHandTypedWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("报告信息");
  info.addRows([
    ["项目", "内容"],
    ["单位名称", "手工区人民法院"],
    ["报告年度", "2023年"],
    ["统计截止日期", "2023年12月15日"],
  ]);

  const party = wb.addWorksheet("党的领导");
  party.mergeCells("A1:E1");
  party.getCell("A1").value = "党的领导 数据填报表";
  party.getRow(2).values = ["填报人：研究室", null, null, null, null];
  party.getRow(3).values = ["指标", "编码", "表述", "单位", "数值"];
  party.addRow(["集中学习研讨", "DL01", "开展集中学习、专题研讨{集中学习研讨}。", "次", "４６"]);
  party.addRow([]);
  party.addRow(["向党委报告", "DL02", "向党委报告{向党委报告}。", "次", "40余"]);
  party.addRow([
    "党建共建活动",
    "DL03",
    "开展党建共建活动{党建共建活动}。",
    "次",
    { formula: "5+6", result: 11 },
  ]);

  const trial = wb.addWorksheet("审判执行");
  trial.addRow(["编码", "数值", "单位", "指标", "表述"]);
  trial.addRow(["SP02", "16,742", "件", "新收案件", "新收{新收案件}，结案{结案数}。"]);
  trial.addRow(["SP03", { formula: "#REF!+1", result: { error: "#REF!" } }, "件", "结案数"]);
  trial.addRow(["SP05", 36, "次", "集中执行", "集中执行{集中执行}。"]);
  trial.addRow(["SP06", "2000余万元", "万元", "执行到位金额", "执行到位{执行到位金额}。"]);

  const helper = wb.addWorksheet("辅助", { state: "hidden" });
  helper.addRow(["编码", "数值", "表述"]);
  helper.addRow(["SP01", 1523]);
  await wb.xlsx.writeFile(path);
}
