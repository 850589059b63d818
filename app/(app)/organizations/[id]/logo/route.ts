import { getSessionActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { imageResponse } from "@/lib/http/image-response";
import { getOrganizationImage } from "@/lib/organizations/organization-image";

/** The logo for pages (session cookie); programs use /api/organizations/{id}/image. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const image = await getOrganizationImage({ actor: await getSessionActor(), organizationId: id });
    return imageResponse(image.contentType, image.data);
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
