/**
 * `npm start`: the main job on the bundled samples — check each sample workbook and generate its
 * report into out/, the way a user would with the CLI — then serve the built task pane and print
 * the address of the standalone page.
 */
import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { productRoot } from "../src/adapters/node-files/packStore";
import { reportFileName } from "../src/core/engine/outputNames";
import { main } from "../src/surfaces/cli/main";
import { serveDist } from "../src/surfaces/serve/main";

const samples = [
  { file: "court-annual-sample.xlsx", pack: "court-annual" },
  { file: "gov-annual-sample.xlsx", pack: "gov-annual" },
  { file: "xxgk-annual-sample.xlsx", pack: "xxgk-annual" },
];

async function start(): Promise<number> {
  const outDir = join(productRoot(), "out");
  mkdirSync(outDir, { recursive: true });
  for (const s of samples) {
    const workbook = relative(process.cwd(), join(productRoot(), "samples", s.file));
    const report = relative(process.cwd(), join(outDir, reportFileName(s.file)));
    console.log(`\n$ report-assembler check ${workbook} --pack ${s.pack}`);
    const checked = await main(["check", workbook, "--pack", s.pack]);
    console.log(`\n$ report-assembler generate ${workbook} --pack ${s.pack} -o ${report}`);
    const generated = await main(["generate", workbook, "--pack", s.pack, "-o", report]);
    if (checked !== 0 || generated !== 0) return 1;
  }
  console.log(
    "\n打开 out/ 中的 .docx 查看生成的报告。Open the .docx files in out/ to read the reports.",
  );
  const url = await serveDist();
  console.log(`\n报告助手任务窗格（独立页面）Task pane, standalone: ${url}`);
  console.log(
    "在浏览器中打开上面的地址；按 Ctrl+C 停止。Open the address in a browser; Ctrl+C stops the server.",
  );
  return 0;
}

start().then((code) => {
  process.exitCode = code;
});
