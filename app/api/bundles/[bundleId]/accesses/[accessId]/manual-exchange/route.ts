import { asOrganization } from "@/lib/bundles/bundle-endpoint";
import { getBundle } from "@/lib/bundles/get-bundle";
import { recordManualExchangeOperation } from "@/lib/bundles/operations";
import { recordManualExchange } from "@/lib/bundles/record-manual-exchange";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(recordManualExchangeOperation, ({ params, body, ...context }) =>
      asOrganization(context, async (actor) => {
        // The access is named by the path; the body carries the note alone.
        const note = body && typeof body === "object" ? (body as { note?: unknown }).note : undefined;
        await recordManualExchange({
          actor,
          id: params.bundleId,
          input: { accessId: params.accessId, note },
        });
        return getBundle({ actor, id: params.bundleId });
      }),
    ),
  },
  wallisProblemRenderer,
);
