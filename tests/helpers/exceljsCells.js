// Reads one workbook with ExcelJS in a worker thread and posts back every cell (value or formula
// and result) with the master of its merge: run apart so that a file ExcelJS never finishes (it
// expands a validation over a whole sheet cell by cell) can be given up on.
const { parentPort, workerData } = require("node:worker_threads");
const ExcelJS = require("exceljs");

(async () => {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(workerData.file);
  } catch {
    parentPort.postMessage(null);
    return;
  }
  const out = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        const value = formula ? { formula, result: cell.result } : cell.value;
        out.push([
          `${ws.name}!${cell.address}`,
          {
            value: JSON.stringify(value ?? null),
            master: `${ws.name}!${cell.isMerged ? cell.master.address : cell.address}`,
          },
        ]);
      }),
    ),
  );
  parentPort.postMessage(out);
})();
