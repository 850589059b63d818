import { asOrganization } from "@/lib/bundles/bundle-endpoint";
import { decideBundles } from "@/lib/bundles/decide-bundles";
import { decideBundlesOperation } from "@/lib/bundles/operations";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(decideBundlesOperation, (context) =>
      asOrganization(context, (actor) => decideBundles({ actor, input: context.body })),
    ),
  },
  wallisProblemRenderer,
);
