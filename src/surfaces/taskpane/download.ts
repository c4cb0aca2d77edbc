const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes through the browser's download (works in browsers and Office on Windows and the web). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = DOCX_TYPE): void {
  // cast: TypeScript 5.9's Blob typings reject Uint8Array<ArrayBufferLike>, which browsers accept
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
