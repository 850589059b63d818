import { bundleAfter, asOrganization } from "@/lib/bundles/bundle-endpoint";
import { createBundle } from "@/lib/bundles/create-bundle";
import { createBundleOperation, searchBundlesOperation } from "@/lib/bundles/operations";
import { searchBundles } from "@/lib/bundles/search-bundles";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    GET: endpoint(searchBundlesOperation, (context) =>
      asOrganization(context, (actor) => searchBundles({ actor, input: context.query })),
    ),
    POST: endpoint(createBundleOperation, (context) =>
      bundleAfter(context, (actor) => createBundle({ actor, input: context.body })),
    ),
  },
  wallisProblemRenderer,
);
