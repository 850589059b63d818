import { getSessionActor } from "@/lib/auth/session";
import { getProductImage } from "@/lib/catalog/product-image";
import { isAppError } from "@/lib/errors";
import { imageResponse } from "@/lib/http/image-response";

/** A product's picture for pages (session cookie, or none for the public catalog); programs use /api/products/{id}/image. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const image = await getProductImage({ actor: await getSessionActor(), productId: (await params).id });
    return imageResponse(image.contentType, image.data);
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
