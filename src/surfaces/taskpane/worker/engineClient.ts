import { UserError } from "../../../core/engine/essentials";
import type {
  EngineRequest,
  EngineResults,
  SheetsRead,
  Stage,
  WorkerMessage,
} from "./workerProtocol";

/** A stage reached, with the sheets read so far while reading. */
export type StageListener = (s: Stage, sheets?: SheetsRead) => void;

/** How long an idle worker is kept (its parsed templates make the next action quicker). */
const IDLE_MS = 60_000;

/** Thrown to the caller of a request that 取消 stopped. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  onStage?: StageListener;
}

/**
 * The page's side of the engine worker: one request at a time in practice, each answered by id.
 * Cancelling terminates the worker — the only way to stop work in progress — and the next request
 * starts a fresh one; its memory goes with it.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private idle: ReturnType<typeof setTimeout> | null = null;

  /** A worker left idle is ended, and the memory of a large workbook with it. */
  private releaseWhenIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.pending.size > 0 || !this.worker) return;
      this.worker.terminate();
      this.worker = null;
    }, IDLE_MS);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // a same-origin file (the page's CSP allows no blob: workers); webpack emits it beside the page
    const w = new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" });
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      if ("stage" in m) return p.onStage?.(m.stage, m.sheets);
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.releaseWhenIdle();
      if (m.ok) p.resolve(m.result);
      else
        p.reject(m.failure ? new UserError(m.failure.code, m.failure.args) : new Error(m.message));
    };
    w.onerror = (e) => {
      for (const p of this.pending.values())
        p.reject(new Error(e.message || "engine worker failed"));
      this.pending.clear();
      this.worker = null;
    };
    return (this.worker = w);
  }

  request<K extends EngineRequest["op"]>(
    request: Extract<EngineRequest, { op: K }>,
    onStage?: StageListener,
  ): Promise<EngineResults[K]> {
    const id = this.next++;
    const worker = this.start();
    return new Promise<EngineResults[K]>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve,
        reject,
        ...(onStage ? { onStage } : {}),
      });
      worker.postMessage({ id, request });
    });
  }

  /** Stops whatever runs now; its callers get Cancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Cancelled());
    this.pending.clear();
  }
}
