import { readFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { nodeInflateRaw } from "../../src/adapters/node-files/nodeInflateRaw";
import { openSpreadsheet } from "../../src/adapters/spreadsheet-file/openSpreadsheet";
import { editXlsxCells } from "../../src/adapters/xlsx-file/editXlsxCells";
import { isUserError } from "../../src/core/errors/userError";
import { MEMORY_SHEET } from "../../src/core/read/carriedStatements";
import { COURT_SAMPLE, FIXTURES } from "../helpers/paths";
import { courtPack, courtTemplate, courtTemplateBytes, engine } from "../helpers/workbooks";

/**
 * Damaged files, made by cutting and flipping bytes of each sample — the raw file, and the XML
 * inside its parts — end as the CLI would end them: read and checked (exit 0 or 1), or refused
 * with one sentence (exit 2). Never a failure of ours (exit 3). The seed is printed; set FUZZ_SEED
 * to run a failing one again.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const PER_FORMAT = Number(process.env.FUZZ_CASES ?? 200);

/** A small deterministic generator (Park–Miller), so a seed replays exactly. */
function random(seed: number): () => number {
  let x = seed % 2_147_483_647 || 1;
  return () => (x = (x * 48_271) % 2_147_483_647) / 2_147_483_647;
}

type Mutation = { readonly what: string; readonly bytes: Uint8Array };

function mutations(name: string, seedBytes: Uint8Array, rnd: () => number): Mutation[] {
  const int = (n: number) => Math.floor(rnd() * n);
  const out: Mutation[] = [];
  const isZip = seedBytes[0] === 0x50 && seedBytes[1] === 0x4b;
  const zip = isZip ? new PizZip(seedBytes) : null;
  const parts = zip ? Object.keys(zip.files).filter((n) => !zip.files[n]?.dir) : [];
  for (let i = 0; i < PER_FORMAT; i++) {
    const kind = isZip ? i % 3 : i % 2;
    if (kind === 0) {
      const at = int(seedBytes.length);
      out.push({ what: `${name}: cut at ${at}`, bytes: seedBytes.slice(0, at) });
    } else if (kind === 1) {
      const b = seedBytes.slice();
      const flips = 1 + int(8);
      const where: number[] = [];
      for (let k = 0; k < flips; k++) {
        const at = int(b.length);
        where.push(at);
        b[at] = (b[at] as number) ^ (1 + int(255));
      }
      out.push({ what: `${name}: bytes flipped at ${where.join(",")}`, bytes: b });
    } else {
      // inside a part: the XML damaged, the zip around it sound
      const part = parts[int(parts.length)] as string;
      const z = new PizZip(seedBytes);
      const data = z.file(part)!.asUint8Array().slice();
      const where: number[] = [];
      if (rnd() < 0.5 && data.length > 0) {
        const at = int(data.length);
        where.push(-at);
        z.file(part, data.slice(0, at));
      } else {
        for (let k = 0; k < 1 + int(6); k++) {
          const at = int(Math.max(1, data.length));
          where.push(at);
          data[at] = ["<", ">", "/", '"', "&", "\u0000", "9"][int(7)]!.charCodeAt(0);
        }
        z.file(part, data);
      }
      out.push({
        what: `${name}: ${part} damaged at ${where.join(",")}`,
        bytes: z.generate({ type: "uint8array", compression: "DEFLATE" }),
      });
    }
  }
  return out;
}

/** What the CLI would exit with: 0/1 read and checked, 2 refused; a bug is thrown. */
async function workbookOutcome(bytes: Uint8Array, xlsx: boolean): Promise<0 | 1 | 2> {
  try {
    const { source } = await openSpreadsheet(bytes, nodeInflateRaw);
    const dataset = await engine.read(source, courtPack());
    const { result } = engine.check(dataset, courtTemplate());
    if (xlsx && dataset.info.year !== null) {
      // whatever is read, next-year can edit, or refuses with a sentence
      const plan = engine.planNextYear(dataset);
      editXlsxCells(bytes, nodeInflateRaw, {
        edits: plan.edits,
        hiddenSheet: { name: MEMORY_SHEET, rows: plan.memory },
      });
    }
    return result.complete ? 0 : 1;
  } catch (e) {
    if (isUserError(e)) return 2;
    throw e;
  }
}

function templateOutcome(bytes: Uint8Array): 0 | 1 | 2 {
  try {
    const t = engine.openTemplate(bytes);
    return engine.checkTemplate(t, courtPack()).length > 0 ? 1 : 0;
  } catch (e) {
    if (isUserError(e)) return 2;
    throw e;
  }
}

describe(`damaged files end in exit 0, 1 or 2, never a failure of ours (FUZZ_SEED=${SEED})`, () => {
  beforeAll(() => console.log(`fuzz seed: FUZZ_SEED=${SEED}`));
  const seeds: Array<[string, () => Uint8Array, "xlsx" | "other" | "template"]> = [
    ["xlsx (ExcelJS)", () => new Uint8Array(readFileSync(COURT_SAMPLE)), "xlsx"],
    [
      "ods (LibreOffice)",
      () => new Uint8Array(readFileSync(join(FIXTURES, "lo-saved", "court-annual-sample.ods"))),
      "other",
    ],
    [
      "xls (LibreOffice, BIFF8)",
      () => new Uint8Array(readFileSync(join(FIXTURES, "lo-saved", "court-annual-sample.xls"))),
      "other",
    ],
    ["docx template", () => courtTemplateBytes(), "template"],
  ];

  it.each(seeds.map(([name, bytes, kind], i) => [name, bytes, kind, i] as const))(
    "%s",
    async (name, bytes, kind, i) => {
      const rnd = random(SEED + i * 7919);
      const outcomes = new Map<number, number>();
      for (const m of mutations(name, bytes(), rnd)) {
        let code: number;
        try {
          code =
            kind === "template"
              ? templateOutcome(m.bytes)
              : await workbookOutcome(m.bytes, kind === "xlsx");
        } catch (e) {
          throw new Error(
            `FUZZ_SEED=${SEED}: ${m.what} ended in a failure of ours: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
          );
        }
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      }
      // the mutations reach past the guard: some files still read
      expect([...outcomes.keys()].sort()).toContain(2);
      console.log(`${name}: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    },
  );
});
