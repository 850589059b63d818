import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getSessionActor } from "@/lib/auth/session";
import { isAppError, type ErrorCode } from "@/lib/errors";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { parseInput } from "@/lib/validation";

/** What every server action answers; forms map `fieldErrors` onto their fields. */
export type ActionResult<T> =
  | { status: "success"; data: T }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string> }
  | { status: "error"; code: ErrorCode; message: string };

function failure(error: unknown): ActionResult<never> {
  if (isAppError(error)) {
    if (error.invalidFields.length) {
      return {
        status: "invalid",
        message: error.message,
        fieldErrors: Object.fromEntries(error.invalidFields.map((field) => [field.name, field.reason])),
      };
    }
    return { status: "error", code: error.code, message: error.message };
  }
  console.error("[action]", error);
  return {
    status: "error",
    code: "internal",
    message: "Something went wrong on our side. Please try again.",
  };
}

/**
 * The one wrapper for server actions: resolve the signed-in actor from the database,
 * validate with the payload's schema, call the domain (which authorizes), revalidate,
 * and answer a typed result. Every export of a "use server" file is a public endpoint,
 * so none of them may skip this.
 */
export function action<S extends z.ZodType, R>(
  schema: S,
  run: (args: { actor: SessionActor; input: z.output<S> }) => Promise<R>,
  options: { revalidate?: string[] } = {},
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    try {
      const actor = await getSessionActor();
      if (!actor)
        return {
          status: "error",
          code: "unauthenticated",
          message: "Your session has ended. Sign in again.",
        };
      const data = await run({ actor, input: parseInput(schema, input) });
      for (const path of options.revalidate ?? []) revalidatePath(path);
      return { status: "success", data };
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * For the few actions open to visitors (sign-up, password reset, accepting an invitation):
 * the same validation and result, with the actor only if someone is signed in.
 */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  run: (args: { actor: SessionActor | null; input: z.output<S> }) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    try {
      return {
        status: "success",
        data: await run({ actor: await getSessionActor(), input: parseInput(schema, input) }),
      };
    } catch (error) {
      return failure(error);
    }
  };
}
