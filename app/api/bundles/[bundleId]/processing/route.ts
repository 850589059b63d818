import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { startProcessingOperation } from "@/lib/bundles/operations";
import { startProcessing } from "@/lib/bundles/start-processing";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(startProcessingOperation, (context) =>
      bundleAfter(context, (actor) =>
        startProcessing({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
