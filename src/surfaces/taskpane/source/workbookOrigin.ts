import type { Strings } from "../strings";

/** The file types the pane opens: .et (WPS) too, which gets one sentence saying to save it as .xlsx. */
export const WORKBOOK_ACCEPT = ".xlsx,.xls,.ods,.et";

/**
 * Where a workbook's bytes come from. A file handle (Chromium, WebView2) reads the saved file
 * again at every 检查; a picked File is the file as it was picked (Chromium refuses to read it once
 * it changed on disk); the sample is bytes.
 */
export type WorkbookOrigin =
  | { readonly kind: "handle"; readonly handle: FileSystemFileHandle }
  | { readonly kind: "file"; readonly file: File }
  | { readonly kind: "sample"; readonly name: string; readonly bytes: Uint8Array };

/** A failure the pane words itself (not the engine's): said as its sentence. */
export class PaneFailure extends Error {
  constructor(readonly say: (s: Strings) => string) {
    super("pane failure");
  }
}

export function originName(o: WorkbookOrigin): string {
  return o.kind === "handle" ? o.handle.name : o.kind === "file" ? o.file.name : o.name;
}

/** The workbook's bytes as saved now (a handle, or a File the browser can still read). */
export async function readOrigin(o: WorkbookOrigin): Promise<Uint8Array> {
  if (o.kind === "sample") return o.bytes;
  const name = originName(o);
  try {
    const file = o.kind === "handle" ? await o.handle.getFile() : o.file;
    return new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    // Chromium: the picked file changed (or went) since it was picked
    if (e instanceof DOMException && (e.name === "NotReadableError" || e.name === "NotFoundError"))
      throw new PaneFailure((s) => s.fileChanged(name));
    throw e;
  }
}

type OpenFilePicker = (options: {
  multiple?: boolean;
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
}) => Promise<FileSystemFileHandle[]>;

declare global {
  interface Window {
    /** File System Access API: Chromium and WebView2 only, so optional */
    showOpenFilePicker?: OpenFilePicker;
  }
}

/**
 * The File System Access picker where the page may use it: Chromium and WebView2, not in a
 * cross-origin frame (how Office on the web hosts a pane), where it is refused.
 */
export function handlePicker(w: Window = window): OpenFilePicker | null {
  const pick = w.showOpenFilePicker;
  if (typeof pick !== "function") return null;
  try {
    // reading the top frame's address throws across origins
    if (w.top !== w.self && w.top?.location.href === undefined) return null;
  } catch {
    return null;
  }
  return pick.bind(w);
}

/** Opens the picker for a workbook: its handle, null when the clerk closes the picker. */
export async function pickWorkbookHandle(
  pick: OpenFilePicker,
  description: string,
): Promise<FileSystemFileHandle | null> {
  try {
    const [handle] = await pick({
      multiple: false,
      types: [
        {
          description,
          accept: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
            "application/vnd.ms-excel": [".xls"],
            "application/vnd.oasis.opendocument.spreadsheet": [".ods"],
            "application/octet-stream": [".et"],
          },
        },
      ],
    });
    return handle ?? null;
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") return null;
    throw e;
  }
}
