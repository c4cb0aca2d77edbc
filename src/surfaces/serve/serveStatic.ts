import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface ServeOptions {
  readonly dir: string;
  readonly port: number;
  readonly host?: string;
  /** PEM files for https, which Office requires of a sideloaded add-in */
  readonly cert?: string;
  readonly key?: string;
}

/** Serves a built dist/ folder read-only: GET and HEAD, no listings, nothing outside the folder. */
export function serveStatic(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(options.dir);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith("/")) path += "taskpane.html";
    const file = normalize(join(root, path));
    if (
      !(file === root || file.startsWith(root + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
  const https = options.cert !== undefined && options.key !== undefined;
  const server = https
    ? createHttpsServer(
        { cert: readFileSync(options.cert), key: readFileSync(options.key) },
        handler,
      )
    : createHttpServer(handler);
  const host = options.host ?? "localhost";
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolvePromise({ server, url: `${https ? "https" : "http"}://${host}:${port}/` });
    });
  });
}
