/**
 * A fake of the Excel JavaScript API, just large enough for the add-in's Excel adapter, that keeps
 * Office's rules: a property can only be read after load() and context.sync(); writes take effect
 * at sync; every sync is counted. The workbook behind it is a plain model the test can inspect.
 */
import { cellAddress, parseCellAddress } from "../../src/core/grid/a1";

export type ModelValue = string | number | boolean;

/** Excel's row count: a range this tall is whole columns */
const WHOLE_COLUMN = 1048576;

export interface CellFormat {
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  /** false: the cell stays open to typing when the sheet is protected */
  locked?: boolean;
  /** the edges ruled, by Excel's names */
  borders?: string[];
}

export interface ConditionalFormatModel {
  id: string;
  addresses: string;
  formula: string;
  fill: string;
}

export class SheetModel {
  values = new Map<string, ModelValue>();
  numberFormats = new Map<string, string>();
  formats = new Map<string, CellFormat>();
  validations = new Map<string, unknown>();
  conditionalFormats: ConditionalFormatModel[] = [];
  /** 0-based rows the user hid */
  hiddenRows = new Set<number>();
  frozenRows = 0;
  /** merged ranges, as A1:B2 */
  merges: string[] = [];
  /** protection options when the sheet was protected, else null */
  protection: Record<string, unknown> | null = null;
  /** a password the sheet's protection was set with (Excel refuses to lift it without) */
  password: string | null = null;
  /** formats set on whole columns (by 0-based column): what cells without their own take */
  columnFormats = new Map<number, CellFormat>();
  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  /** A cell is locked unless it, or its column, was unlocked (Excel's default is locked). */
  isLocked(address: string): boolean {
    const own = this.formats.get(address)?.locked;
    if (own !== undefined) return own;
    const col = parseCellAddress(address)?.col ?? -1;
    return this.columnFormats.get(col)?.locked !== false;
  }

  /** What Excel refuses on a protected sheet: throws as its sync would. */
  refuseIfProtected(what: string, address?: string): void {
    if (this.protection === null) return;
    if (address !== undefined && !this.isLocked(address)) return;
    throw Object.assign(new Error(`AccessDenied: ${what} on protected sheet ${this.name}`), {
      code: "AccessDenied",
    });
  }

  set(address: string, value: ModelValue, numberFormat?: string): this {
    this.values.set(address, value);
    if (numberFormat) this.numberFormats.set(address, numberFormat);
    return this;
  }

  /** rows of values from A1, as a user would type them */
  fill(rows: Array<Array<ModelValue | null | undefined>>, top = 0): this {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") this.values.set(cellAddress(top + r, c), v);
      }),
    );
    return this;
  }

  usedBox(): { row: number; col: number; rows: number; cols: number } | null {
    if (this.values.size === 0) return null;
    let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
    for (const a of this.values.keys()) {
      const p = parseCellAddress(a) as { row: number; col: number };
      r0 = Math.min(r0, p.row);
      c0 = Math.min(c0, p.col);
      r1 = Math.max(r1, p.row);
      c1 = Math.max(c1, p.col);
    }
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  settings = new Map<string, string>();
  active = "";
  selected = "";
  private nextCf = 1;
  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  add(name: string, visibility?: SheetModel["visibility"]): SheetModel {
    const s = new SheetModel(name, visibility);
    this.sheets.push(s);
    return s;
  }
  newCfId(): string {
    return `{CF-${this.nextCf++}}`;
  }
}

export class PropertyNotLoaded extends Error {}

export class FakeContext {
  syncs = 0;
  private queue: Array<() => void> = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly model: WorkbookModel) {
    this.workbook = new FakeWorkbook(this);
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

/** Base of every proxy: values are snapshots taken at the sync after load(). */
abstract class Loadable {
  protected readonly ready = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract read(prop: string): unknown;
  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue(() => {
      for (const p of list) this.ready.set(p, this.read(p));
    });
    return this;
  }
  protected loaded<T>(prop: string): T {
    if (!this.ready.has(prop)) {
      throw new PropertyNotLoaded(
        `${this.constructor.name}.${prop} was read before load("${prop}") and context.sync()`,
      );
    }
    return this.ready.get(prop) as T;
  }
  /** what the real API makes readable after any sync (isNullObject) */
  protected markAtSync(prop: string, value: () => unknown): void {
    this.ctx.enqueue(() => this.ready.set(prop, value()));
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettings;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettings(ctx);
  }
}

class FakeWorksheetCollection extends Loadable {
  private itemsSnapshot: FakeWorksheet[] | null = null;
  protected read(prop: string): unknown {
    throw new Error(`unsupported WorksheetCollection.${prop}`);
  }
  override load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.ctx.enqueue(() => {
      const items = this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.loadNow(list.map((p) => p.replace(/^items\//, "")));
        return ws;
      });
      this.itemsSnapshot = items;
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    const snap = this.itemsSnapshot;
    if (!snap)
      throw new PropertyNotLoaded("WorksheetCollection.items was read before load() and sync()");
    return snap;
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.model.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.model.add(name);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) as SheetModel);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.model.sheet(name);
      if (!s) throw new Error(`ItemNotFound: ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name) as SheetModel);
    ws.markNull(() => !this.ctx.model.sheet(name));
    return ws;
  }
}

class FakeWorksheet extends Loadable {
  readonly freezePanes = {
    freezeRows: (n: number) => this.ctx.enqueue(() => (this.sheet().frozenRows = n)),
  };
  readonly protection: FakeProtection;
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetModel,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, sheet);
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.sheet().name;
    if (prop === "visibility") return this.sheet().visibility;
    throw new Error(`unsupported Worksheet.${prop}`);
  }
  /** items loaded through the collection are snapshotted at the collection's sync */
  loadNow(props: string[]): void {
    for (const p of props) this.ready.set(p, this.read(p));
  }
  markNull(isNull: () => boolean): void {
    this.markAtSync("isNullObject", isNull);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get name(): string {
    return this.loaded("name");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.model.active = this.sheet().name));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("the adapter should ask for values only");
    const r = new FakeRange(this.ctx, this.sheet, () => this.sheet().usedBox());
    r.markNull(() => this.sheet().usedBox() === null);
    return r;
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => ({ row, col, rows, cols }));
  }
  getRange(address: string): FakeRange {
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (whole) {
      const from = parseCellAddress(`${whole[1]}1`)?.col ?? 0;
      const to = parseCellAddress(`${whole[2]}1`)?.col ?? 0;
      return this.getRangeByIndexes(0, from, WHOLE_COLUMN, to - from + 1);
    }
    const [a, b] = address.split(":");
    const p = parseCellAddress(a as string) as { row: number; col: number };
    const q = b ? (parseCellAddress(b) as { row: number; col: number }) : p;
    return this.getRangeByIndexes(p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, addresses);
  }
}

/** Worksheet.protection: protect() on a protected sheet and unprotect() without its password fail. */
class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  protected read(prop: string): unknown {
    if (prop === "protected") return this.sheet().protection !== null;
    if (prop === "options") return { ...(this.sheet().protection ?? {}) };
    throw new Error(`unsupported WorksheetProtection.${prop}`);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Record<string, unknown> {
    return this.loaded("options");
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.protection !== null)
        throw new Error(`InvalidOperation: ${s.name} is already protected`);
      s.protection = { ...(options ?? {}) };
      s.password = password ?? null;
    });
  }
  unprotect(password?: string): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.password !== null && password !== s.password)
        throw Object.assign(new Error(`InvalidArgument: wrong password for ${s.name}`), {
          code: "InvalidArgument",
        });
      s.protection = null;
      s.password = null;
    });
  }
}

class FakeRange extends Loadable {
  readonly format: {
    font: { bold: boolean };
    fill: { color: string };
    columnWidth: number;
    wrapText: boolean;
    protection: { locked: boolean };
    borders: { getItem(edge: string): { style: string } };
  };
  readonly dataValidation: Record<string, unknown>;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly box: () => { row: number; col: number; rows: number; cols: number } | null,
  ) {
    super(ctx);
    const each = (f: (s: SheetModel, a: string) => void) => () => {
      const b = this.box() as { row: number; col: number; rows: number; cols: number };
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) f(this.sheet(), cellAddress(b.row + r, b.col + c));
    };
    // a whole column (C:C) keeps its format as the column's, as Excel does
    const fmt = (patch: CellFormat) => () => {
      const b = this.box() as { row: number; col: number; rows: number; cols: number };
      if (b.rows >= WHOLE_COLUMN) {
        const s = this.sheet();
        for (let c = 0; c < b.cols; c++)
          s.columnFormats.set(b.col + c, { ...s.columnFormats.get(b.col + c), ...patch });
        return;
      }
      each((s, a) => s.formats.set(a, { ...s.formats.get(a), ...patch }))();
    };
    this.format = {
      font: {
        set bold(v: boolean) {
          ctx.enqueue(fmt({ bold: v }));
        },
        get bold(): boolean {
          throw new PropertyNotLoaded("format.font.bold");
        },
      },
      fill: {
        set color(v: string) {
          ctx.enqueue(fmt({ fill: v }));
        },
        get color(): string {
          throw new PropertyNotLoaded("format.fill.color");
        },
      },
      set columnWidth(_v: number) {
        /* layout only */
      },
      get columnWidth(): number {
        throw new PropertyNotLoaded("format.columnWidth");
      },
      set wrapText(v: boolean) {
        ctx.enqueue(fmt({ wrap: v }));
      },
      get wrapText(): boolean {
        throw new PropertyNotLoaded("format.wrapText");
      },
      protection: {
        set locked(v: boolean) {
          ctx.enqueue(fmt({ locked: v }));
        },
        get locked(): boolean {
          throw new PropertyNotLoaded("format.protection.locked");
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            if (v !== "Continuous") throw new Error(`unexpected border style ${v}`);
            ctx.enqueue(
              each((s, a) => {
                const had = s.formats.get(a);
                s.formats.set(a, { ...had, borders: [...(had?.borders ?? []), edge] });
              }),
            );
          },
          get style(): string {
            throw new PropertyNotLoaded("borders.style");
          },
        }),
      },
    };
    const validation = (key: string) => ({
      set: (v: unknown) => ctx.enqueue(each((s, a) => s.validations.set(`${a}:${key}`, v))),
    });
    this.dataValidation = Object.defineProperties(
      {},
      {
        rule: validation("rule"),
        prompt: validation("prompt"),
        errorAlert: validation("errorAlert"),
      },
    );
  }
  markNull(isNull: () => boolean): void {
    this.markAtSync("isNullObject", isNull);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  protected read(prop: string): unknown {
    const b = this.box();
    if (!b) throw new Error("read of a null object");
    const grid = (f: (a: string) => unknown) =>
      Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.cols }, (_, c) => f(cellAddress(b.row + r, b.col + c))),
      );
    switch (prop) {
      case "rowIndex":
        return b.row;
      case "columnIndex":
        return b.col;
      case "rowCount":
        return b.rows;
      case "columnCount":
        return b.cols;
      case "address":
        return `${this.sheet().name}!${cellAddress(b.row, b.col)}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1)}`;
      case "values":
        return grid((a) => this.sheet().values.get(a) ?? "");
      case "numberFormat":
        return grid((a) => this.sheet().numberFormats.get(a) ?? "General");
      default:
        throw new Error(`unsupported Range.${prop}`);
    }
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(v: unknown[][]) {
    const b = this.box() as { row: number; col: number; rows: number; cols: number };
    if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
      throw new Error("values do not match the range's size");
    this.ctx.enqueue(() =>
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          if (x === null) return;
          const a = cellAddress(b.row + r, b.col + c);
          this.sheet().refuseIfProtected("writing a value", a);
          if (x === "") this.sheet().values.delete(a);
          else this.sheet().values.set(a, x as ModelValue);
        }),
      ),
    );
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  /** The visible cells of the range (ExcelApi 1.3): rows the user hid are not in it. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, this.sheet, this.box);
  }
  /** Merges the range into one cell (across = false), as Excel does: the top-left value stays. */
  merge(across?: boolean): void {
    if (across) throw new Error("the adapter merges whole blocks");
    this.ctx.enqueue(() => {
      const b = this.box() as { row: number; col: number; rows: number; cols: number };
      this.sheet().merges.push(
        `${cellAddress(b.row, b.col)}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1)}`,
      );
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const b = this.box() as { row: number; col: number };
      this.ctx.model.selected = `${this.sheet().name}!${cellAddress(b.row, b.col)}`;
    });
  }
}

class FakeRangeView extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly box: () => { row: number; col: number; rows: number; cols: number } | null,
  ) {
    super(ctx);
  }
  protected read(prop: string): unknown {
    if (prop !== "cellAddresses") throw new Error(`unsupported RangeView.${prop}`);
    const b = this.box() as { row: number; col: number; rows: number; cols: number };
    const s = this.sheet();
    const rows: string[][] = [];
    for (let r = 0; r < b.rows; r++) {
      if (s.hiddenRows.has(b.row + r)) continue;
      rows.push(
        Array.from({ length: b.cols }, (_, c) => `${s.name}!${cellAddress(b.row + r, b.col + c)}`),
      );
    }
    return rows;
  }
  get cellAddresses(): string[][] {
    return this.loaded("cellAddresses");
  }
}

class FakeRangeAreas {
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly addresses: string,
  ) {
    for (const a of addresses.split(","))
      if (!parseCellAddress(a)) throw new Error(`bad address ${a}`);
    this.conditionalFormats = new FakeConditionalFormats(ctx, sheet, addresses);
  }
  /** Selects every area at once (ExcelApi 1.9). */
  select(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.selected = this.addresses
        .split(",")
        .map((a) => `${this.sheet().name}!${a}`)
        .join(",");
    });
  }
}

class FakeConditionalFormats {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly addresses: string,
  ) {}
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom") throw new Error(`unsupported conditional format ${type}`);
    const model: ConditionalFormatModel = {
      id: this.ctx.model.newCfId(),
      addresses: this.addresses,
      formula: "",
      fill: "",
    };
    this.ctx.enqueue(() => {
      this.sheet().refuseIfProtected("adding a conditional format");
      this.sheet().conditionalFormats.push(model);
    });
    return new FakeConditionalFormat(this.ctx, this.sheet, () => model);
  }
  getItemOrNullObject(id: string): FakeConditionalFormat {
    const find = () =>
      this.sheet().conditionalFormats.find((c) => c.id === id && c.addresses === this.addresses);
    const cf = new FakeConditionalFormat(
      this.ctx,
      this.sheet,
      () => find() as ConditionalFormatModel,
    );
    cf.markNull(() => find() === undefined);
    return cf;
  }
}

class FakeConditionalFormat extends Loadable {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly model: () => ConditionalFormatModel,
  ) {
    super(ctx);
    const m = model;
    this.custom = {
      rule: {
        set formula(v: string) {
          ctx.enqueue(() => (m().formula = v));
        },
        get formula(): string {
          throw new PropertyNotLoaded("custom.rule.formula");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            ctx.enqueue(() => (m().fill = v));
          },
          get color(): string {
            throw new PropertyNotLoaded("fill.color");
          },
        },
      },
    };
  }
  protected read(prop: string): unknown {
    if (prop === "id") return this.model().id;
    throw new Error(`unsupported ConditionalFormat.${prop}`);
  }
  markNull(isNull: () => boolean): void {
    this.markAtSync("isNullObject", isNull);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get id(): string {
    return this.loaded("id");
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      s.refuseIfProtected("deleting a conditional format");
      s.conditionalFormats = s.conditionalFormats.filter((c) => c !== this.model());
    });
  }
}

class FakeSettings {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: string): void {
    this.ctx.enqueue(() => this.ctx.model.settings.set(key, value));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
    this.markAtSync("isNullObject", () => !ctx.model.settings.has(key));
  }
  protected read(prop: string): unknown {
    if (prop === "value") return this.ctx.model.settings.get(this.key);
    throw new Error(`unsupported Setting.${prop}`);
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.model.settings.delete(this.key));
  }
}

/** The fake, typed as the real thing for the adapter under test. */
export function fakeExcel(model: WorkbookModel): {
  context: Excel.RequestContext;
  fake: FakeContext;
} {
  const fake = new FakeContext(model);
  return { context: fake as unknown as Excel.RequestContext, fake };
}
