import type { Page } from "@playwright/test";
import { demo, expect, test } from "../fixtures";
import { baseURL } from "../settings";

// The `page` fixture (e2e/fixtures.ts) fails any test whose pages log a CSP violation, so
// these tests also prove that nothing the pages need — next-themes's inline script, Next.js's
// own scripts and the chunks they load — is blocked.

/** Every `<script>` of the HTML must carry the nonce the response's CSP announces. */
async function expectScriptsCarryTheNonce(response: Awaited<ReturnType<Page["goto"]>>) {
  const policy = response!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

test("public pages render per request with nonced scripts", async ({ page }) => {
  for (const path of ["/sign-in", "/explore", "/api-reference", "/sign-up"]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    await expectScriptsCarryTheNonce(response);
    await expect(page.locator("h1, h2").first()).toBeVisible();
  }
});

test("signed-in pages do too, and client navigation and actions work under the policy", async ({
  page,
  signIn,
}) => {
  await signIn(page, demo.admin);
  for (const path of ["/dashboard", "/organizations", "/catalog"]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    await expectScriptsCarryTheNonce(response);
  }
  // A client-side navigation (scripts loaded by the nonced ones, 'strict-dynamic').
  await page
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await page.waitForURL(/\/audit/);
});

test("the API reference renders the OpenAPI document's operations and tries one out under the policy", async ({
  page,
}) => {
  // Rendering the reference, then opening its client and sending a request: the render alone took
  // over 30 s on a busy CI machine.
  test.slow();
  // The page fixture fails this test on any CSP violation Scalar's scripts, styles or fonts cause.
  // Bundled with the app: no font, script or style comes from anywhere but this server.
  const external: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL)) external.push(request.url());
  });
  await page.goto("/api-reference");
  // Scalar reads and renders the whole document in the browser: slow on a busy machine. The first
  // tag (System) opens by default, with its operations, their curl example and "Test Request".
  await expect(page.getByRole("heading", { name: "Health check", level: 3 })).toBeVisible({
    timeout: 60_000,
  });
  // Try-it-out: Scalar's client sends the request from the page, to this server (connect-src 'self').
  await page.getByRole("button", { name: "Test Request (get /api/health)" }).click();
  const [health] = await Promise.all([
    page.waitForResponse(`${baseURL}/api/health`),
    page.getByRole("button", { name: /^Send get request to / }).click(),
  ]);
  expect(health.status()).toBe(200);
  expect(external).toEqual([]);
});
