import { courtTemplateBytes, engine } from "../helpers/workbooks";
import PizZip from "pizzip";
it("every one-character damage of the template", () => {
  const base = new PizZip(courtTemplateBytes());
  const found: string[] = [];
  for (const part of Object.keys(base.files)) {
    const data = base.file(part)!.asUint8Array();
    for (let at = 0; at < data.length; at++)
      for (const ch of ["<", ">", "/", '"', "&", "\u0000", "9", "'", "=", " "]) {
        const d = data.slice();
        d[at] = ch.charCodeAt(0);
        const zz = new PizZip(courtTemplateBytes());
        zz.file(part, d);
        try {
          engine.openTemplate(zz.generate({ type: "uint8array" }));
        } catch (e) {
          if (!(e as { code?: string }).code) {
            found.push(
              `${part} ${at} ${JSON.stringify(ch)} ${String(e).slice(0, 100)} :: ${new TextDecoder().decode(d).slice(Math.max(0, at - 30), at + 30)}`,
            );
          }
        }
      }
  }
  console.log(found.length + "\n" + found.slice(0, 30).join("\n"));
}, 3600_000);
