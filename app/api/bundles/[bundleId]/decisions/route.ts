import { bundleAfter } from "@/lib/bundles/bundle-endpoint";
import { decidePlansOperation } from "@/lib/bundles/operations";
import { decidePlans } from "@/lib/bundles/decide-plans";
import { wallisProblemRenderer } from "@/lib/bundles/wallis-problems";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute(
  {
    POST: endpoint(decidePlansOperation, (context) =>
      bundleAfter(context, (actor) =>
        decidePlans({ actor, id: context.params.bundleId, input: context.body }),
      ),
    ),
  },
  wallisProblemRenderer,
);
