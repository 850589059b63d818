import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { submitBundleOperation } from "@/lib/bundles/operations";
import { submitBundle } from "@/lib/bundles/submit-bundle";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(submitBundleOperation, (context) =>
      bundleAfter(context, (actor) =>
        submitBundle({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
