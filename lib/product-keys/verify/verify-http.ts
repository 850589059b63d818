import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { toProblem } from "@/lib/http/problem";
import { toAppError } from "@/lib/to-app-error";
import { verifyCaller } from "./verify-caller";
import { verifyProductKey } from "./verify-product-key";

/** A verify body is a key, an id and a number: anything past this is not one. */
export const maxVerifyBodyBytes = 4096;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/** The parts of a request verify reads, from a Web Request (Next) or a node:http one. */
export interface VerifyRequest {
  apiKey: string | null;
  contentType: string | null;
  correlationId: string | null;
  clientAddress: string;
  /** The body's bytes, refusing (413) past `maxBytes`. */
  readBody(maxBytes: number): Promise<Buffer>;
}

export interface VerifyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function parseBody(contentType: string | null, bytes: Buffer): unknown {
  if (!jsonMediaType.test((contentType ?? "").split(";")[0]!.trim())) {
    throw new AppError("unsupported_media_type", "The request body must be sent as application/json.", {
      headers: { "Accept-Post": "application/json" },
    });
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
}

/**
 * POST /api/product-keys/verify without the general endpoint wrapper (lib/http/api-route.ts),
 * which costs this call more than its one statement: verify keeps the API-key check (remembered
 * for a few seconds: verify-caller.ts) with its failure limit and problem+json errors, and leaves out the per-key request allowance (a write
 * on every call — a gateway verifies on every one of its requests), idempotency (a verify that
 * is sent again consumes again, as a request served again would) and the route's query/params
 * parsing. Served by the Next route and by the dedicated verify server alike.
 */
export async function answerVerify(request: VerifyRequest, path: string): Promise<VerifyAnswer> {
  const given = request.correlationId;
  const correlationId = given && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
  try {
    const actor = await verifyCaller(request.apiKey, correlationId, request.clientAddress);
    const input = parseBody(request.contentType, await request.readBody(maxVerifyBodyBytes));
    const result = await verifyProductKey({ actor, input });
    return {
      status: 200,
      headers: {
        "content-type": "application/json",
        "cache-control": "no-store",
        "x-correlation-id": correlationId,
      },
      body: JSON.stringify(result),
    };
  } catch (error) {
    const problem = toAppError(error, correlationId);
    return {
      status: problem.status,
      headers: {
        "content-type": "application/problem+json",
        "cache-control": "no-store",
        "x-correlation-id": correlationId,
        ...problem.headers,
      },
      body: JSON.stringify(toProblem(problem, correlationId, path)),
    };
  }
}
