import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { makeOrganizationKey, makeOrganizationWithOwner, makePlatformKey } from "@/lib/testing/factories";
import { astra, expectAstraProblem, referenceBody } from "@/lib/testing/astra-calls";

/**
 * One account with six subscriptions, an hour apart: five deleted (ended) and the last one
 * live, since an account has one live subscription at a time. Their fields vary so every
 * operator and order has something to tell apart.
 */
const start = Date.parse("2026-01-01T00:00:00.000Z");
const hour = 3_600_000;
const seeds = [
  { terms: "trial", purchaseOrderNumber: "PO-3", licenseSN: "B" },
  { terms: "paid", purchaseOrderNumber: "PO-1", licenseSN: "A" },
  { terms: "trial", purchaseOrderNumber: "PO-5", licenseSN: "B" },
  { terms: "paid", purchaseOrderNumber: "O'Brien", licenseSN: "A" },
  { terms: "paid", purchaseOrderNumber: "PO-2", licenseSN: "C" },
  { terms: "trial", purchaseOrderNumber: "PO-4", licenseSN: "A" },
];

let key: string;
let accountId: string;
let ids: string[];

beforeAll(async () => {
  const { organization } = await makeOrganizationWithOwner();
  accountId = organization.id;
  key = (await makeOrganizationKey(organization.id)).key;
  ids = [];
  for (const [i, seed] of seeds.entries()) {
    setClock(start + i * hour);
    const created = await astra.post(key, accountId, { ...referenceBody, ...seed });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids.push(created.body.id);
    if (i < seeds.length - 1) expect((await astra.delete(key, accountId, created.body.id)).status).toBe(204);
  }
  setClock(null);
});
afterAll(() => setClock(null));

const list = async (query = "") => {
  const answer = await astra.list(key, accountId, query);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as {
    type: string;
    version: string;
    items: { id: string; status: string }[];
    metadata: { continue?: string; count?: number };
  };
};
const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe("GET /api/accounts/{account_id}/core/v1/subscriptions", () => {
  it("lists every subscription of the account, ended ones as inactive, oldest first, in Astra's list shape", async () => {
    const body = await list();
    expect(body).toMatchObject({ type: "application/astra-subscriptions", version: "1.2", metadata: {} });
    expect(idsOf(body)).toEqual(ids);
    expect(body.items.map((item) => item.status)).toEqual([...Array(5).fill("inactive"), "active"]);
    expect(body.metadata).not.toHaveProperty("continue");
    // Another account's list is its own: empty, not this one.
    const other = await makeOrganizationWithOwner();
    const otherKey = (await makeOrganizationKey(other.organization.id)).key;
    expect((await astra.list(otherKey, other.organization.id)).body.items).toEqual([]);
  });

  it.each([
    ["terms eq 'paid'", [1, 3, 4]],
    ["status eq 'active'", [5]],
    ["purchaseOrderNumber eq 'O''Brien'", [3]],
    ["purchaseOrderNumber lt 'PO-3'", [1, 3, 4]],
    ["purchaseOrderNumber gt 'PO-3'", [2, 5]],
    ["purchaseOrderNumber lte 'PO-3'", [0, 1, 3, 4]],
    ["purchaseOrderNumber gte 'PO-3'", [0, 2, 5]],
    ["costPerAppUnit gt 0", [1, 3, 4]],
    ["costPerAppUnit eq '19.99'", [1, 3, 4]],
    ["appLimit lt 0", [1, 3, 4]],
    ["subscriptionPeriod eq 30", [0, 2, 5]],
    ["metadata.creationTimestamp gte '2026-01-01T02:00:00Z'", [2, 3, 4, 5]],
    ["metadata.creationTimestamp lt '2026-01-01T02:00:00.000Z' and terms eq 'trial'", [0]],
    ["terms eq 'trial' and licenseSN eq 'A' and status eq 'inactive'", []],
    ["customerProfileID eq ''", [0, 1, 2, 3, 4, 5]],
  ])("filters with %s", async (filter, expected) => {
    expect(idsOf(await list(q({ filter })))).toEqual(expected.map((i) => ids[i]));
  });

  it("orders by one or several fields, ascending or descending, and by id among equals", async () => {
    expect(idsOf(await list(q({ orderBy: "purchaseOrderNumber desc" })))).toEqual(
      [2, 5, 0, 4, 1, 3].map((i) => ids[i]),
    );
    expect(idsOf(await list(q({ orderBy: "licenseSN, metadata.creationTimestamp desc" })))).toEqual(
      [5, 3, 1, 2, 0, 4].map((i) => ids[i]),
    );
    const byTerms = idsOf(await list(q({ orderBy: "terms" })));
    const paidFirst = [...ids.filter((_, i) => [1, 3, 4].includes(i))].sort();
    expect(byTerms.slice(0, 3)).toEqual(paidFirst);
  });

  it("pages with limit and skip", async () => {
    expect(idsOf(await list(q({ limit: "2", skip: "1" })))).toEqual(ids.slice(1, 3));
    expect(idsOf(await list(q({ skip: "5" })))).toEqual(ids.slice(5));
    expect(idsOf(await list(q({ skip: "6" })))).toEqual([]);
  });

  it("continues over three pages with no repeats and nothing left out, whatever the order", async () => {
    for (const orderBy of [undefined, "terms desc", "licenseSN asc, purchaseOrderNumber desc"]) {
      const base: Record<string, string> = orderBy ? { orderBy } : {};
      const seen: string[] = [];
      let page = await list(q({ ...base, limit: "2" }));
      const pages = [page];
      while (page.metadata.continue) {
        page = await list(q({ ...base, limit: "2", continue: page.metadata.continue }));
        pages.push(page);
      }
      for (const p of pages) seen.push(...idsOf(p));
      expect(pages).toHaveLength(3);
      expect(new Set(seen).size).toBe(6);
      expect(seen).toEqual(idsOf(await list(q(base))));
    }
  });

  it("refuses a continue token of another list or one it never gave", async () => {
    const first = await list(q({ limit: "2", filter: "status eq 'inactive'" }));
    const token = first.metadata.continue!;
    const otherFilter = await astra.list(key, accountId, q({ limit: "2", continue: token }));
    expectAstraProblem(otherFilter, 400, 5, { list: "invalidParams", name: "continue" });
    for (const forged of [
      "bm90LWpzb24",
      Buffer.from(JSON.stringify(["x", ["1"]])).toString("base64url"),
      Buffer.from(
        JSON.stringify([JSON.parse(Buffer.from(token, "base64url").toString())[0], ["\u0000", "x"]]),
      ).toString("base64url"),
    ]) {
      expectAstraProblem(
        await astra.list(key, accountId, q({ continue: forged, filter: "status eq 'inactive'" })),
        400,
        5,
        {
          list: "invalidParams",
          name: "continue",
        },
      );
    }
  });

  it("counts every match with count=true, whatever the page", async () => {
    const body = await list(q({ count: "true", limit: "1", filter: "terms eq 'paid'" }));
    expect(body.items).toHaveLength(1);
    expect(body.metadata.count).toBe(3);
    expect((await list(q({ count: "false" }))).metadata).not.toHaveProperty("count");
  });

  it("answers only the included fields, as arrays in the order asked for", async () => {
    const body = await list(q({ include: "terms,id,metadata.creationTimestamp,marketplace", limit: "2" }));
    expect(body.items).toEqual([
      ["trial", ids[0], "2026-01-01T00:00:00.000Z", null],
      ["paid", ids[1], "2026-01-01T01:00:00.000Z", null],
    ]);
  });

  it.each([
    ["filter", "terms like 'paid'"],
    ["filter", "terms eq paid"],
    ["filter", "terms eq 'paid' and"],
    ["filter", "nothing eq 'x'"],
    ["filter", "appLimit eq 'many'"],
    ["filter", "costPerAppUnit eq '1.999'"],
    ["filter", "metadata.creationTimestamp gt 'yesterday'"],
    ["filter", "licenseSN eq 'nul\u0000'"],
    ["orderBy", "terms sideways"],
    ["orderBy", "nothing"],
    ["orderBy", "terms, terms desc"],
    ["include", "id,nothing"],
    ["limit", "0"],
    ["limit", "many"],
    ["limit", "1001"],
    ["skip", "-1"],
    ["count", "yes"],
    ["continue", "not a token!"],
  ])("answers problem 5 naming %s for %j", async (name, value) => {
    const answer = await astra.list(key, accountId, q({ [name]: value }));
    expectAstraProblem(answer, 400, 5, { list: "invalidParams", name });
    expect(answer.body).not.toHaveProperty("invalidFields");
  });

  it("answers problem 6 naming parameters it does not support", async () => {
    const answer = await astra.list(key, accountId, q({ limit: "2", sort: "name", page: "1" }));
    expectAstraProblem(answer, 400, 6, { list: "invalidParams", name: "sort" });
    expect(answer.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(["sort", "page"]);
  });

  it("lets a platform key list any account, and answers 404 for another organization's key", async () => {
    const { key: platform } = await makePlatformKey();
    expect(idsOf((await astra.list(platform, accountId, q({ filter: "status eq 'active'" }))).body)).toEqual([
      ids[5],
    ]);
    const stranger = await makeOrganizationWithOwner();
    const strangerKey = (await makeOrganizationKey(stranger.organization.id)).key;
    expectAstraProblem(await astra.list(strangerKey, accountId), 404, 2);
  });
});
