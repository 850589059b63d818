import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getSessionActor } from "@/lib/auth/session";
import type { ErrorCode } from "@/lib/errors";
import { toAppError } from "@/lib/to-app-error";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { parseInput } from "@/lib/validation";

/** What every server action answers; forms map `fieldErrors` onto their fields. */
export type ActionResult<T> =
  | { status: "success"; data: T }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string> }
  | { status: "error"; code: ErrorCode; message: string };

/**
 * An action's two kinds of input. Validation happens once, where the REST door relies on it
 * too: the domain function validates the payload with its schema, so the wrapper does not.
 * The wrapper checks only what the action itself reads to pick the call — ids, a kind, a file.
 */
export interface ActionSchemas<Route extends RouteSchema, Payload extends PayloadSchema> {
  /** The fields the action reads itself: parsed here, and taken out of the payload. */
  route?: Route;
  /** The schema the domain function validates with; here it only types what forms send. */
  payload?: Payload;
}

// An action may have no route fields, or no payload.
type RouteSchema = z.ZodObject | undefined;
type PayloadSchema = z.ZodType | undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : unknown;
type Output<S> = S extends z.ZodType ? z.output<S> : Record<never, never>;

type Run<Actor, Route extends RouteSchema, R> = (args: {
  actor: Actor;
  route: Output<Route>;
  /** Everything but the route fields, unparsed: hand it to the domain function. */
  input: unknown;
}) => Promise<R>;

type Callable<Route extends RouteSchema, Payload extends PayloadSchema, R> = (
  input: Input<Route> & Input<Payload>,
) => Promise<ActionResult<R>>;

function failure(error: unknown, correlationId: string | null): ActionResult<never> {
  const appError = toAppError(error, correlationId);
  if (appError.invalidFields.length) {
    return {
      status: "invalid",
      message: appError.message,
      fieldErrors: Object.fromEntries(appError.invalidFields.map((field) => [field.name, field.reason])),
    };
  }
  return { status: "error", code: appError.code, message: appError.message };
}

function splitInput(route: z.ZodObject | undefined, input: unknown) {
  if (!route) return { route: {}, payload: input };
  const parsed = parseInput(route, input);
  const payload = Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(([name]) => !(name in route.shape)),
  );
  return { route: parsed, payload };
}

/**
 * The one wrapper for server actions: resolve the signed-in actor from the database, check
 * the route fields, call the domain (which validates the payload and authorizes), revalidate,
 * and answer a typed result. Every export of a "use server" file is a public endpoint, so
 * none of them may skip this.
 */
export function action<
  Route extends RouteSchema = undefined,
  Payload extends PayloadSchema = undefined,
  R = unknown,
>(
  schemas: ActionSchemas<Route, Payload>,
  run: Run<SessionActor, Route, R>,
  options: { revalidate?: string[] } = {},
): Callable<Route, Payload, R> {
  return async (input) => {
    let actor: SessionActor | null = null;
    try {
      actor = await getSessionActor();
      if (!actor)
        return {
          status: "error",
          code: "unauthenticated",
          message: "Your session has ended. Sign in again.",
        };
      const { route, payload } = splitInput(schemas.route, input);
      const data = await run({ actor, route: route as Output<Route>, input: payload });
      for (const path of options.revalidate ?? []) revalidatePath(path);
      return { status: "success", data };
    } catch (error) {
      return failure(error, actor?.correlationId ?? null);
    }
  };
}

/**
 * For the few actions open to visitors (sign-up, password reset, accepting an invitation):
 * the same checks and result, with the actor only if someone is signed in.
 */
export function publicAction<
  Route extends RouteSchema = undefined,
  Payload extends PayloadSchema = undefined,
  R = unknown,
>(
  schemas: ActionSchemas<Route, Payload>,
  run: Run<SessionActor | null, Route, R>,
): Callable<Route, Payload, R> {
  return async (input) => {
    let actor: SessionActor | null = null;
    try {
      actor = await getSessionActor();
      const { route, payload } = splitInput(schemas.route, input);
      return { status: "success", data: await run({ actor, route: route as Output<Route>, input: payload }) };
    } catch (error) {
      return failure(error, actor?.correlationId ?? null);
    }
  };
}
