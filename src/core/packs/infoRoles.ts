import type { InfoField, InfoRole, Pack } from "./pack.types";

/** The pack's row for a role (单位名称 for unitName, …), if it has one. */
export function infoFieldFor(pack: Pick<Pack, "info">, role: InfoRole): InfoField | undefined {
  return pack.info.find((f) => f.role === role);
}
