import { asOrganization, bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { getBundle } from "@/lib/bundles/get-bundle";
import { getBundleOperation, updateBundleOperation } from "@/lib/bundles/operations";
import { updateBundle } from "@/lib/bundles/update-bundle";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    GET: endpoint(getBundleOperation, (context) =>
      asOrganization(context, (actor) => getBundle({ actor, id: context.params.bundleId })),
    ),
    PUT: endpoint(updateBundleOperation, (context) =>
      bundleAfter(context, (actor) =>
        updateBundle({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
