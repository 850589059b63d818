/**
 * The verify benchmark's baseline: the least a server can do to answer a verify — node:http,
 * read the JSON body, hash the key, run the very statement verify runs (verify-statement.ts) on
 * a pg pool of the app's size, answer the row as JSON. No authentication, no validation.
 * Arguments: port, database URL, the provider organization the keys belong to.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { Pool } from "pg";
import { verifyStatement } from "@/lib/product-keys/verify/verify-statement";

const [port = "0", url, provider] = process.argv.slice(2);
const pool = new Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) });

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    let key: string;
    try {
      ({ key } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { key: string });
    } catch {
      return response.writeHead(400).end();
    }
    const at = new Date().toISOString();
    const hash = createHash("sha256").update(key).digest("hex");
    pool
      .query({
        name: "verify",
        text: verifyStatement,
        values: [hash, provider, null, 1, at, at.slice(0, 10)],
      })
      .then(({ rows }) => {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows[0] ?? null));
      })
      .catch(() => response.writeHead(500).end());
  });
}).listen(Number(port), () => console.log("ready"));
