/**
 * A fake of the Word JavaScript API, just large enough for the add-in's Word adapter, that keeps
 * Office's rules like the Excel fake: a property is readable only after load() and
 * context.sync(); writes take effect at sync; every sync is counted.
 */
import PizZip from "pizzip";
import { PropertyNotLoaded } from "./fakeExcel";

/** The document as paragraphs of text, with the cursor after paragraph `cursor`. */
export class DocumentModel {
  paragraphs: string[] = [];
  cursor = 0;
  inserts: Array<{ where: string; location: string; bytes: number }> = [];
  /** the tables inserted, each as its rows of cell texts */
  tables: string[][][] = [];
}

/** The tables a base64 .docx holds, as rows of cell texts. */
function tablesOf(base64: string): string[][][] {
  const xml = new PizZip(Buffer.from(base64, "base64")).file("word/document.xml")?.asText() ?? "";
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) =>
    (t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((r) =>
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) =>
        [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
      ),
    ),
  );
}

/** The paragraphs a base64 .docx holds, as Word would insert them. */
function paragraphsOf(base64: string): string[] {
  const xml = new PizZip(Buffer.from(base64, "base64")).file("word/document.xml")?.asText() ?? "";
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  );
}

export class FakeWordContext {
  syncs = 0;
  private queue: Array<() => void> = [];
  readonly document: { body: FakeBody; getSelection: () => FakeRange };
  constructor(readonly model: DocumentModel) {
    const body = new FakeBody(this);
    this.document = { body, getSelection: () => new FakeRange(this) };
  }
  enqueue(f: () => void): void {
    this.queue.push(f);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.queue;
    this.queue = [];
    for (const f of q) f();
  }
}

class FakeBody {
  private textSnapshot: string | null = null;
  constructor(private readonly ctx: FakeWordContext) {}
  load(props: string): this {
    if (props.trim() !== "text") throw new Error(`unsupported Body.${props}`);
    this.ctx.enqueue(() => (this.textSnapshot = this.ctx.model.paragraphs.join("\n")));
    return this;
  }
  get text(): string {
    if (this.textSnapshot === null)
      throw new PropertyNotLoaded('Body.text was read before load("text") and context.sync()');
    return this.textSnapshot;
  }
  insertFileFromBase64(base64: string, location: string): void {
    if (location !== "Replace" && location !== "Start" && location !== "End")
      throw new Error(`InvalidArgument: Body.insertFileFromBase64 location ${location}`);
    this.ctx.enqueue(() => {
      const m = this.ctx.model;
      const paras = paragraphsOf(base64);
      m.inserts.push({ where: "body", location, bytes: base64.length });
      m.tables.push(...tablesOf(base64));
      if (location === "Replace") m.paragraphs = paras;
      else if (location === "Start") m.paragraphs = [...paras, ...m.paragraphs];
      else m.paragraphs = [...m.paragraphs, ...paras];
    });
  }
}

class FakeRange {
  constructor(private readonly ctx: FakeWordContext) {}
  insertFileFromBase64(base64: string, location: string): void {
    this.ctx.enqueue(() => {
      const m = this.ctx.model;
      const paras = paragraphsOf(base64);
      m.inserts.push({ where: "selection", location, bytes: base64.length });
      m.tables.push(...tablesOf(base64));
      m.paragraphs.splice(m.cursor, 0, ...paras);
    });
  }
}

export function fakeWord(model: DocumentModel = new DocumentModel()) {
  const context = new FakeWordContext(model);
  return { context: context as unknown as Word.RequestContext, fake: context, model };
}
