/**
 * The dedicated verify server: POST /api/product-keys/verify on a node:http server of its own,
 * without Next.js. Its route handler costs several times the CPU of the verify itself (see
 * `npm run bench`); this process answers the same request with the same domain code
 * (lib/product-keys/verify/verify-http.ts) and nothing else. `npm run dev`/`npm start` start it
 * beside the app on PostgreSQL (PGlite belongs to one process: there the app's route serves
 * verify); in a deployment run `npm run verify-server` as a service of its own and route that
 * path to it. Port: VERIFY_PORT (default 3001).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { openDatabase } from "@/db/open";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress, peerHeader, unknownAddress } from "@/lib/http/client-address";
import { toProblem } from "@/lib/http/problem";
import { answerVerify } from "@/lib/product-keys/verify/verify-http";
import { loadEnvFiles } from "./load-env-files";

const path = "/api/product-keys/verify";

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** The body, refused with 413 (by the caller) past `maxBytes`, counted while reading. */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        // Drained, not destroyed: the 413 still has a socket to go out on.
        request.removeAllListeners("data");
        request.resume();
        reject(new AppError("payload_too_large", `The request body must be at most ${maxBytes} bytes.`));
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function problem(response: ServerResponse, error: AppError) {
  const body = JSON.stringify(toProblem(error, "verify-server", path));
  response
    .writeHead(error.status, { "content-type": "application/problem+json", ...error.headers })
    .end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse) {
  if (request.url?.split("?")[0] !== path) {
    return problem(response, new AppError("not_found", `There is no API at ${request.url}.`));
  }
  if (request.method !== "POST") {
    return problem(
      response,
      new AppError("method_not_allowed", `${request.method} is not supported here. Allowed: POST.`, {
        headers: { Allow: "POST" },
      }),
    );
  }
  // The address the way the app reads it: the socket, or a trusted proxy's X-Forwarded-For entry.
  const forwarded = header(request, "x-forwarded-for");
  const address = clientAddress(
    new Headers({
      [peerHeader]: request.socket.remoteAddress ?? unknownAddress,
      ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
    }),
  );
  const answer = await answerVerify(
    {
      apiKey: header(request, "x-api-key"),
      contentType: header(request, "content-type"),
      correlationId: header(request, "x-correlation-id"),
      clientAddress: address,
      readBody: (maxBytes) => readBody(request, maxBytes),
    },
    path,
  );
  response.writeHead(answer.status, answer.headers).end(answer.body);
}

async function main() {
  loadEnvFiles();
  const { DATABASE_URL, VERIFY_PORT } = env();
  if (!DATABASE_URL) {
    console.error(
      "The verify server needs PostgreSQL (DATABASE_URL): the embedded database belongs to the app.",
    );
    process.exit(1);
  }
  const database = await openDatabase();
  const port = Number(process.argv[2] ?? VERIFY_PORT);
  const server = createServer((request, response) => void handle(request, response));
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => console.log(`▲ Subdesk verify server on http://localhost:${port}${path}`));
  // Started by scripts/server.ts: end with it, even when it was killed without a word.
  if (process.send) process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close(() => void database.close().finally(() => process.exit(0)));
      server.closeAllConnections();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
