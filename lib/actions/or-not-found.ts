import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * For pages: a domain call whose 404 or 403 becomes the 404 page, so a page never tells
 * whether another organization's record exists.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
