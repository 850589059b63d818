import { asOrganization } from "@/lib/bundles/bundle-endpoint";
import { revealAccessKeyOperation } from "@/lib/bundles/operations";
import { revealBundleAccessKey } from "@/lib/bundles/reveal-access-key";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(revealAccessKeyOperation, (context) =>
      asOrganization(context, (actor) =>
        revealBundleAccessKey({ actor, id: context.params.bundleId, accessId: context.params.accessId }),
      ),
    ),
  },
  wallisProblemRenderer,
);
