import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { problemResponse } from "./problem";

/** Whether every percent-escape of a raw path decodes (`%zz`, a lone `%` or broken UTF-8 do not). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer to a path that does not decode. Next.js finds out only while matching a route
 * and answers its own plain-text 400; the proxy runs before that, so it answers this instead:
 * problem+json like every other error, naming the path as the bad field.
 */
export function malformedPathProblem(pathname: string): Response {
  const error = new AppError("invalid_input", "The request path is not validly percent-encoded.", {
    invalidFields: [{ name: "(path)", reason: "has a '%' that is not followed by two hex digits of UTF-8" }],
  });
  return problemResponse(error, randomUUID(), pathname.slice(0, 2000));
}
