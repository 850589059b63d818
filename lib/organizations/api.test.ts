import { describe, expect, it } from "vitest";
import * as imageRoute from "@/app/api/organizations/[id]/image/route";
import * as membersRoute from "@/app/api/organizations/[id]/members/route";
import * as organizationRoute from "@/app/api/organizations/[id]/route";
import * as organizationsRoute from "@/app/api/organizations/route";
import * as meRoute from "@/app/api/me/route";
import * as signUpRoute from "@/app/api/sign-up/route";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makeOrganizationWithOwner, makePlatformKey } from "@/lib/testing/factories";

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 7),
]);

describe("/api/organizations", () => {
  it("creates, lists as a Spring page, reads, replaces and closes, in Kodexa's shape", async () => {
    const { key } = await makePlatformKey();
    const name = `Api Org ${Date.now()}`;
    const created = await callRoute(organizationsRoute.POST, {
      method: "POST",
      path: "/api/organizations",
      apiKey: key,
      body: {
        name,
        properties: { region: "eu" },
        authGroupLink: { authGroup: "grp" },
        id: "ignored",
        searchText: "ignored",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name,
      uuid: created.body.id,
      properties: { region: "eu" },
      authGroupLink: { authGroup: "grp" },
    });
    const id = created.body.id as string;

    const page = await callRoute(organizationsRoute.GET, {
      path: `/api/organizations?query=${encodeURIComponent(name)}&page=0&size=5&sort=name,desc`,
      apiKey: key,
    });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      content: [expect.objectContaining({ id })],
      first: true,
      last: true,
      number: 0,
      numberOfElements: 1,
      size: 5,
      totalElements: 1,
      totalPages: 1,
      pageable: {
        offset: 0,
        pageNumber: 0,
        pageSize: 5,
        paged: true,
        unpaged: false,
        sort: { sorted: true },
      },
    });

    const path = `/api/organizations/${id}`;
    const got = await callRoute(organizationRoute.GET, { path, apiKey: key, params: { id } });
    const replaced = await callRoute(organizationRoute.PUT, {
      method: "PUT",
      path,
      apiKey: key,
      params: { id },
      body: { ...got.body, description: "Replaced" },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ description: "Replaced", changeSequence: 2 });
    const stale = await callRoute(organizationRoute.PUT, {
      method: "PUT",
      path,
      apiKey: key,
      params: { id },
      body: got.body,
    });
    expect(stale.status).toBe(409);

    const orgKey = await makeOrganizationKey(id);
    expect((await callRoute(meRoute.GET, { path: "/api/me", apiKey: orgKey.key })).status).toBe(200);
    expect(
      (await callRoute(organizationRoute.DELETE, { method: "DELETE", path, apiKey: key, params: { id } }))
        .status,
    ).toBe(204);
    const closed = await callRoute(organizationRoute.GET, { path, apiKey: key, params: { id } });
    expect(closed.body).toMatchObject({
      organizationStatus: "closed",
      statusReason: "Closed through the API",
    });
    expect((await callRoute(meRoute.GET, { path: "/api/me", apiKey: orgKey.key })).status).toBe(401);
  });

  it("lets an organization key read and edit its own organization and members, and nothing else", async () => {
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(mine.organization.id);
    const own = await callRoute(organizationRoute.GET, {
      path: `/api/organizations/${mine.organization.id}`,
      apiKey: key,
      params: { id: mine.organization.id },
    });
    expect(own.status).toBe(200);
    const members = await callRoute(membersRoute.GET, {
      path: `/api/organizations/${mine.organization.id}/members`,
      apiKey: key,
      params: { id: mine.organization.id },
    });
    expect(members.body.members).toEqual([
      expect.objectContaining({ email: mine.user.email, role: "owner" }),
    ]);

    for (const [handler, method] of [
      [organizationRoute.GET, "GET"],
      [organizationRoute.PUT, "PUT"],
      [membersRoute.GET, "GET"],
    ] as const) {
      const response = await callRoute(handler, {
        method,
        path: `/api/organizations/${theirs.organization.id}`,
        apiKey: key,
        params: { id: theirs.organization.id },
        body: method === "PUT" ? { ...own.body, name: "Pwned" } : undefined,
      });
      expect(response.status, method).toBe(404);
    }
    expect(
      (await callRoute(organizationsRoute.GET, { path: "/api/organizations", apiKey: key })).status,
    ).toBe(403);
    expect(
      (
        await callRoute(organizationRoute.DELETE, {
          method: "DELETE",
          path: "/x",
          apiKey: key,
          params: { id: mine.organization.id },
        })
      ).status,
    ).toBe(403);
  });

  it("takes a logo upload and serves it back with its type; refuses other files", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(organization.id);
    const path = `/api/organizations/${organization.id}/image`;
    const upload = (body: Buffer) =>
      imageRoute.PUT(
        new Request(`http://localhost${path}`, {
          method: "PUT",
          headers: { "x-api-key": key },
          body: new Uint8Array(body),
        }),
        {
          params: Promise.resolve({ id: organization.id }),
        },
      );
    expect((await upload(png)).status).toBe(200);
    const served = await imageRoute.GET(
      new Request(`http://localhost${path}`, { headers: { "x-api-key": key } }),
      {
        params: Promise.resolve({ id: organization.id }),
      },
    );
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const text = await upload(Buffer.from("<html>not an image</html>"));
    expect(text.status).toBe(400);
    expect((await text.json()).invalidFields).toEqual([
      { name: "image", reason: expect.stringContaining("PNG") },
    ]);
    expect((await upload(Buffer.concat([png, Buffer.alloc(600 * 1024)]))).status).toBe(413);
  });
});

describe("/api/sign-up", () => {
  it("answers 202, then 429 with Retry-After once an address has tried too often", async () => {
    const send = (n: number) =>
      callRoute(signUpRoute.POST, {
        method: "POST",
        path: "/api/sign-up",
        headers: { "x-forwarded-for": "203.0.113.9" },
        body: {
          name: "Api Signer",
          email: `api-signer-${n}-${Date.now()}@test.example`,
          password: "a decent password",
          organizationName: "Api Shop",
        },
      });
    const first = await send(0);
    expect(first.status).toBe(202);
    expect(first.body.status).toBe("verification_sent");
    let last = first;
    for (let n = 1; n <= 10; n++) last = await send(n);
    expect(last.status).toBe(429);
    expect(last.contentType).toBe("application/problem+json");
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
