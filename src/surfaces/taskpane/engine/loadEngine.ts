import type * as EngineModule from "./engineApi";

export type EngineApi = typeof EngineModule;

let engine: Promise<EngineApi> | null = null;

/** The engine chunk, fetched once, the first time something needs it. */
export function loadEngine(): Promise<EngineApi> {
  engine ??= import(/* webpackChunkName: "engine" */ "./engineApi");
  return engine;
}
