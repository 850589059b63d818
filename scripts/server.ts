/**
 * The app's HTTP server for `npm run dev`, `npm start` and the e2e suite: Next.js's documented
 * custom server, for two things `next dev`/`next start` cannot do.
 *
 * - It tells the app the address of the connection itself, in the x-subdesk-peer header
 *   (lib/http/client-address.ts): inside Next.js the socket is out of reach, and a client can
 *   set X-Forwarded-For to anything. Whatever a client sent under that name is dropped first.
 * - It answers requests Node's parser refuses (headers or URL over 16 KB, malformed syntax)
 *   with problem+json instead of Node's empty answer.
 *
 * Options as for `next dev`/`next start`: --port/-p (or PORT, default 3000), --hostname/-H.
 * --dev serves the development build with hot reload. On PostgreSQL it also starts the dedicated
 * verify server (scripts/verify-server.ts, VERIFY_PORT); --no-verify-server leaves it out, and
 * --workers N (or WEB_CONCURRENCY) runs N server processes on the port (scripts/server-cluster.ts).
 */
import { randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import cluster from "node:cluster";
import { createServer, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { AppError } from "@/lib/errors";
import { peerHeader, unknownAddress } from "@/lib/http/client-address";
import { toProblem } from "@/lib/http/problem";
import { loadEnvFiles } from "./load-env-files";
import { superviseWorkers, workerCount } from "./server-cluster";

const args = process.argv.slice(2);

/** `--name value`, `-n value` or `--name=value`. */
function option(...names: string[]): string | undefined {
  for (const [index, arg] of args.entries()) {
    if (names.includes(arg)) return args[index + 1];
    const [name, value] = arg.split("=", 2);
    if (value !== undefined && names.includes(name!)) return value;
  }
  return undefined;
}

const dev = args.includes("--dev");
const port = Number(option("--port", "-p") ?? process.env.PORT ?? 3000);
const hostname = option("--hostname", "-H");

/** A raw problem+json answer on a socket that never became a request Next.js could see. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem =
    error.code === "HPE_HEADER_OVERFLOW"
      ? new AppError(
          "request_header_too_large",
          "The request line and headers must be at most 16 KB together. Shorten the URL or the headers.",
        )
      : new AppError("malformed_request", "The request is not valid HTTP.");
  const correlationId = randomUUID();
  const body = JSON.stringify(toProblem(problem, correlationId));
  socket.end(
    [
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`,
      "Content-Type: application/problem+json",
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Correlation-Id: ${correlationId}`,
      "X-Content-Type-Options: nosniff",
      "Cache-Control: no-store",
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}

/**
 * On PostgreSQL, the dedicated verify server (scripts/verify-server.ts) beside the app, unless
 * --no-verify-server. A child with an IPC channel: it ends itself when this process goes away.
 */
function startVerifyServer(): ChildProcess | null {
  if (!process.env.DATABASE_URL || args.includes("--no-verify-server")) return null;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/verify-server.ts"],
    { stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  child.on("exit", (code) => code && console.error(`[verify] the verify server stopped (exit ${code})`));
  return child;
}

/** One server process: Next.js behind Node's HTTP server (a cluster worker when --workers > 1). */
async function serve(verifyServer: ChildProcess | null) {
  const { default: next } = await import("next");
  const app = next({ dev, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    // Only the socket says who is calling: a client-sent copy of the header is dropped.
    request.rawHeaders = request.rawHeaders.filter(
      (_, index, raw) => raw[index - (index % 2)]!.toLowerCase() !== peerHeader,
    );
    request.headers[peerHeader] = request.socket.remoteAddress ?? unknownAddress;
    void handle(request, response);
  });
  server.on("clientError", answerClientError);
  server.listen(port, hostname, () => {
    const worker = cluster.isWorker ? ` (worker ${process.env.SUBDESK_WORKER})` : "";
    console.log(
      `▲ Subdesk${dev ? " (development)" : ""}${worker} on http://${hostname ?? "localhost"}:${port}`,
    );
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      verifyServer?.kill(signal);
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

async function main() {
  // Before Next.js and React load: both choose their development or production build from it.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  if (cluster.isWorker) return serve(null);
  // DATABASE_URL may come from .env: the worker count and the verify server depend on it.
  loadEnvFiles();
  const workers = workerCount(option("--workers") ?? process.env.WEB_CONCURRENCY, dev);
  const verifyServer = startVerifyServer();
  if (workers === 1) return serve(verifyServer);
  superviseWorkers(workers, (signal) => verifyServer?.kill(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
