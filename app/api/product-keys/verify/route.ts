import { readRawBody } from "@/lib/http/read-body";
import { apiRoute } from "@/lib/http/api-route";
import { clientAddress } from "@/lib/http/client-address";
import { answerVerify } from "@/lib/product-keys/verify/verify-http";

/** Verify through Next.js; the dedicated verify server (scripts/verify-server.ts) answers the same, faster. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: async (request) => {
    const answer = await answerVerify(
      {
        apiKey: request.headers.get("x-api-key"),
        contentType: request.headers.get("content-type"),
        correlationId: request.headers.get("x-correlation-id"),
        clientAddress: clientAddress(request.headers),
        readBody: (maxBytes) => readRawBody(request, maxBytes),
      },
      new URL(request.url).pathname,
    );
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  },
});
