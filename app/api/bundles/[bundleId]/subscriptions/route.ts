import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { addBundlePlansOperation } from "@/lib/bundles/operations";
import { addPlansToBundle } from "@/lib/bundles/add-plans";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(addBundlePlansOperation, (context) =>
      bundleAfter(context, (actor) =>
        addPlansToBundle({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
