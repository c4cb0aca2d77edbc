/**
 * `npm run serve [-- --port 3000] [--cert cert.pem --key key.pem | --dev-certs]`: serves dist/ for
 * the standalone page, or, with a certificate, for Office to load the sideloaded add-in from
 * https://localhost:3000.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { productRoot } from "../../adapters/node-files/packStore";
import { serveStatic } from "./serveStatic";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

export async function serveDist(
  port = Number(option("--port") ?? process.env.PORT ?? 3000),
): Promise<string> {
  const dir = join(productRoot(), "dist");
  if (!existsSync(join(dir, "taskpane.html")))
    throw new Error("dist/ is not built: run `npm run build`");
  // --dev-certs: the certificate Microsoft's office-addin-dev-certs installs for https://localhost
  const devCerts = process.argv.includes("--dev-certs")
    ? join(homedir(), ".office-addin-dev-certs")
    : null;
  const cert = option("--cert") ?? (devCerts ? join(devCerts, "localhost.crt") : undefined);
  const key = option("--key") ?? (devCerts ? join(devCerts, "localhost.key") : undefined);
  for (const f of [cert, key])
    if (f && !existsSync(f)) throw new Error(`certificate file not found: ${f}`);
  const { url } = await serveStatic({ dir, port, ...(cert && key ? { cert, key } : {}) });
  return `${url}taskpane.html`;
}

if (require.main === module) {
  serveDist()
    .then((url) =>
      console.log(
        `报告助手 task pane: ${url}\nOpen it in a browser to use the standalone page; Ctrl+C stops the server.`,
      ),
    )
    .catch((e: unknown) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    });
}
