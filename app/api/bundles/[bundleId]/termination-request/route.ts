import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { requestTerminationOperation } from "@/lib/bundles/operations";
import { requestTermination } from "@/lib/bundles/request-termination";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(requestTerminationOperation, (context) =>
      bundleAfter(context, (actor) =>
        requestTermination({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
