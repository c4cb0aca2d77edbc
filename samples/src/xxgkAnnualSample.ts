import { loadPack } from "../../src/adapters/node-files/packStore";
import type { SampleWorkbook } from "./sampleWorkbook.types";

/**
 * 表三's figures by line and applicant (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他),
 * as a department's office counts them; each 总计 is the sum, as the form requires.
 */
const REQUESTS: Readonly<Record<string, readonly number[]>> = {
  新收申请: [38, 5, 0, 1, 2, 0],
  上年结转: [2, 0, 0, 0, 0, 0],
  予以公开: [20, 3, 0, 1, 1, 0],
  部分公开: [5, 1, 0, 0, 0, 0],
  "不予公开·第三方权益": [1, 0, 0, 0, 0, 0],
  "不予公开·过程性信息": [1, 0, 0, 0, 0, 0],
  "无法提供·不掌握": [8, 1, 0, 0, 0, 0],
  "无法提供·需另行制作": [0, 0, 0, 0, 1, 0],
  "无法提供·补正后仍不明确": [1, 0, 0, 0, 0, 0],
  "不予处理·信访举报投诉": [2, 0, 0, 0, 0, 0],
  "其他处理·逾期不补正": [1, 0, 0, 0, 0, 0],
  结转下年度: [1, 0, 0, 0, 0, 0],
};

const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织"];
const RESULT_LINES = 21;

/** Every table cell's value by code: the lines above, 0 elsewhere, each 总计 summed. */
function tableValues(): Record<string, { value: number }> {
  const { pack } = loadPack("xxgk-annual");
  const byName = new Map(pack.metrics.map((m) => [m.name, m.code]));
  const out: Record<string, { value: number }> = {};
  const set = (name: string, value: number) => {
    const code = byName.get(name);
    if (!code) throw new Error(`the xxgk pack has no metric ${name}`);
    out[code] = { value };
  };
  const lines = pack.metrics
    .filter((m) => m.category === "requests-table" && m.name.endsWith("·自然人"))
    .map((m) => m.name.slice(0, -"·自然人".length));
  const results = lines.slice(2, 2 + RESULT_LINES);
  const column = (line: string, j: number) => REQUESTS[line]?.[j] ?? 0;
  for (const line of lines) {
    if (line === "办理结果总计") continue;
    COLUMNS.forEach((c, j) => set(`${line}·${c}`, column(line, j)));
    set(
      `${line}·总计`,
      COLUMNS.reduce((a, _c, j) => a + column(line, j), 0),
    );
  }
  const handled = (j: number) => results.reduce((a, line) => a + column(line, j), 0);
  COLUMNS.forEach((c, j) => set(`办理结果总计·${c}`, handled(j)));
  set(
    "办理结果总计·总计",
    COLUMNS.reduce((a, _c, j) => a + handled(j), 0),
  );
  const table2: Record<string, number> = {
    "规章·本年制发": 0,
    "规章·本年废止": 0,
    "规章·现行有效": 0,
    "规范性文件·本年制发": 3,
    "规范性文件·本年废止": 1,
    "规范性文件·现行有效": 12,
    "行政许可·处理决定": 186,
    "行政处罚·处理决定": 97,
    "行政强制·处理决定": 4,
    "行政事业性收费·收费金额": 0,
  };
  for (const [name, v] of Object.entries(table2)) set(name, v);
  const table4: Record<string, readonly number[]> = {
    行政复议: [1, 0, 0, 0],
    直接起诉: [1, 0, 0, 0],
    复议后起诉: [0, 0, 0, 0],
  };
  const results4 = ["结果维持", "结果纠正", "其他结果", "尚未审结"];
  for (const [group, values] of Object.entries(table4)) {
    results4.forEach((r, i) => set(`${group}·${r}`, values[i] ?? 0));
    set(
      `${group}·总计`,
      values.reduce((a, v) => a + v, 0),
    );
  }
  return out;
}

/** A fictional city bureau of ecology and environment's 2025 report on government information. */
export const xxgkAnnualSample: SampleWorkbook = {
  packId: "xxgk-annual",
  file: "xxgk-annual-sample.xlsx",
  info: {
    单位名称: "示例市生态环境局",
    报告年度: 2025,
    统计截止日期: "2025年12月31日",
    统计范围: "本机关",
    电子版位置: "示例市人民政府门户网站（https://www.example.gov.cn）“政府信息公开”专栏",
    联系机构: "示例市生态环境局办公室",
    联系地址: "示例市人民路1号",
    联系电话: "0000-1234567",
    成文日期: "2026年1月20日",
  },
  // worked out when the sample is written, from the pack as it then stands
  get values() {
    return {
      ZG01: { value: 1265, prior: 1108 },
      XF01: { value: 0 },
      ...tableValues(),
    };
  },
  items: {
    主动公开: [
      "{报告年度}年，本局坚持以公开为常态、不公开为例外，全年主动公开政府信息{主动公开政府信息}，{主动公开政府信息|同比}。",
      "围绕环境质量、建设项目环评审批、环境执法监管等重点领域，按月发布环境质量状况，及时公开行政许可和行政处罚信息，对新出台的规范性文件同步开展政策解读。",
    ],
    依申请公开: [
      "全年新收政府信息公开申请{新收申请·总计}，上年结转{上年结转·总计}；办理完毕{办理结果总计·总计}，均在法定期限内予以答复，其中予以公开{予以公开·总计}，部分公开{部分公开·总计}；结转下年度继续办理{结转下年度·总计}。",
    ],
    信息管理: [
      "严格执行政府信息公开前审查制度，对拟公开信息逐条进行保密审查；开展规范性文件清理，对已废止和失效的文件及时作出标注。",
    ],
    平台建设: [
      "以门户网站“政府信息公开”专栏为第一平台，同步通过政务新媒体发布信息，做到栏目规范、内容准确、更新及时。",
    ],
    监督保障: [
      "局主要负责同志牵头抓总，办公室具体负责政府信息公开工作；全年组织业务培训2次，将政府信息公开工作纳入科室年度考核，未发生因政府信息公开工作引发的责任追究。",
    ],
    表二主动公开: [],
    表三依申请: [],
    表四复议诉讼: [],
    问题改进: [
      "{报告年度}年，本局政府信息公开工作取得一定成效，但仍存在一些不足，主要是：政策解读形式还不够丰富，依申请公开答复的规范化水平有待提高。",
      "针对存在问题，下一步将：一是丰富图解、视频等解读形式，提高政策解读的可读性；二是加强依申请公开业务培训，规范答复文书的格式和说理。",
    ],
    其他事项: [
      "本局严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费{信息处理费}。",
      "全年办理人大代表建议5件、政协委员提案7件，办理结果均已按规定公开。",
    ],
  },
};
