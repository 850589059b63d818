import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { terminateBundleOperation } from "@/lib/bundles/operations";
import { terminateBundle } from "@/lib/bundles/terminate-bundle";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(terminateBundleOperation, (context) =>
      bundleAfter(context, (actor) =>
        terminateBundle({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
