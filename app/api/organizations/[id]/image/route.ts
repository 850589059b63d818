import { apiRoute, endpoint, FileResult } from "@/lib/http/api-route";
import { getOrganizationImage, setOrganizationImage } from "@/lib/organizations/organization-image";
import { getOrganizationImageOperation, organizationImageOperation } from "@/lib/organizations/operations";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(getOrganizationImageOperation, async ({ actor, params }) => {
    const image = await getOrganizationImage({ actor, organizationId: params.id });
    return new FileResult(image.contentType, image.data);
  }),
  PUT: endpoint(organizationImageOperation, ({ actor, params, bytes }) =>
    setOrganizationImage({ actor, organizationId: params.id, bytes }),
  ),
});
