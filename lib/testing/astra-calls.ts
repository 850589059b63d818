import { expect } from "vitest";
import * as itemRoute from "@/app/api/accounts/[account_id]/core/v1/subscriptions/[subscription_id]/route";
import * as collectionRoute from "@/app/api/accounts/[account_id]/core/v1/subscriptions/route";
import { callRoute } from "@/lib/testing/call-route";

/** The Astra routes called in-process, as a client of Astra would call them (tests only). */
const collection = (accountId: string) => `/api/accounts/${accountId}/core/v1/subscriptions`;

type Answer = Awaited<ReturnType<typeof callRoute>>;

export const astra = {
  post: (key: string | undefined, accountId: string, body: unknown, headers?: Record<string, string>) =>
    callRoute(collectionRoute.POST, {
      method: "POST",
      path: collection(accountId),
      apiKey: key,
      body,
      headers,
      params: { account_id: accountId },
    }),
  postRaw: (key: string, accountId: string, rawBody: string, contentType: string) =>
    callRoute(collectionRoute.POST, {
      method: "POST",
      path: collection(accountId),
      apiKey: key,
      rawBody,
      headers: { "content-type": contentType },
      params: { account_id: accountId },
    }),
  list: (key: string | undefined, accountId: string, query = "") =>
    callRoute(collectionRoute.GET, {
      path: `${collection(accountId)}${query ? `?${query}` : ""}`,
      apiKey: key,
      params: { account_id: accountId },
    }),
  get: (key: string | undefined, accountId: string, id: string) =>
    callRoute(itemRoute.GET, {
      path: `${collection(accountId)}/${id}`,
      apiKey: key,
      params: { account_id: accountId, subscription_id: id },
    }),
  put: (key: string | undefined, accountId: string, id: string, body: unknown) =>
    callRoute(itemRoute.PUT, {
      method: "PUT",
      path: `${collection(accountId)}/${id}`,
      apiKey: key,
      body,
      params: { account_id: accountId, subscription_id: id },
    }),
  delete: (key: string | undefined, accountId: string, id: string) =>
    callRoute(itemRoute.DELETE, {
      method: "DELETE",
      path: `${collection(accountId)}/${id}`,
      apiKey: key,
      params: { account_id: accountId, subscription_id: id },
    }),
};

/** The documented example request body. */
export const referenceBody = { type: "application/astra-subscription", version: "1.2", terms: "trial" };

/** Astra's problem shape: its numbered type, fixed title, status as a string, the correlation id. */
export function expectAstraProblem(
  answer: Answer,
  status: number,
  problem: number,
  invalid?: { list: "invalidFields" | "invalidParams"; name: string },
) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.contentType).toBe("application/problem+json");
  expect(answer.body).toMatchObject({
    type: `https://astra.netapp.io/problems/${problem}`,
    title: expect.any(String),
    detail: expect.any(String),
    status: String(status),
    correlationID: answer.headers.get("x-correlation-id"),
  });
  if (invalid) {
    expect(answer.body[invalid.list]).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: invalid.name, reason: expect.any(String) })]),
    );
  }
}
