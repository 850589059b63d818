import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { updateAccessStatusOperation } from "@/lib/bundles/operations";
import { updateAccessStatus } from "@/lib/bundles/access-status";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    PUT: endpoint(updateAccessStatusOperation, (context) =>
      bundleAfter(context, (actor) =>
        updateAccessStatus({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
