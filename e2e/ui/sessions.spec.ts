import type { Browser, BrowserContext, Cookie, Page, Request } from "@playwright/test";
import { expect, signInViaApi, test, type CreatedUser } from "../fixtures";

/** A fresh context signed in as the user: another browser or device. */
async function signedInContext(browser: Browser, user: CreatedUser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signInViaApi(context.request, user.email, user.password);
  return context;
}

/** Whether these cookies still open an admin page in a browser of their own (else: sign-in). */
async function opensOrganizations(browser: Browser, cookies: Cookie[]): Promise<boolean> {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const response = await context.request.get("/organizations", { maxRedirects: 0 });
  await context.close();
  if (response.status() === 307) return false;
  expect(response.status()).toBe(200);
  return true;
}

/** The dashboard, hydrated enough to use, with its user menu open. */
async function openUserMenu(page: Page) {
  await page.goto("/dashboard");
  await page.getByTestId("user-menu").waitFor();
  await page.getByTestId("user-menu").click();
}

test("a session cookie copied before sign-out opens nothing after it", async ({
  page,
  browser,
  createUser,
  signIn,
}) => {
  const user = await createUser({ platformAdmin: true });
  await signIn(page, user.email, user.password);
  const copied = await page.context().cookies();
  expect(await opensOrganizations(browser, copied)).toBe(true);

  await openUserMenu(page);
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/sign-in/);

  expect(await opensOrganizations(browser, copied)).toBe(false);
});

test("ending all sessions signs out another browser too", async ({ page, browser, createUser, signIn }) => {
  const user = await createUser({ platformAdmin: true });
  const elsewhere = await signedInContext(browser, user);
  const other = await elsewhere.newPage();
  await other.goto("/organizations");
  await expect(other.getByRole("heading", { name: "Organizations" })).toBeVisible();

  await signIn(page, user.email, user.password);
  await openUserMenu(page);
  await page.getByRole("menuitem", { name: /End all sessions/ }).click();
  await page.waitForURL(/\/sign-in/);

  await other.goto("/organizations");
  await other.waitForURL(/\/sign-in/);
  await elsewhere.close();
});

test("a server action replayed without Origin or from a forged origin is refused before it runs", async ({
  page,
  browser,
  createUser,
  signIn,
}) => {
  const user = await createUser({ platformAdmin: true });
  await signIn(page, user.email, user.password);

  // Capture the real "End all sessions" action request from the page, and keep it from running.
  let captured: Request | undefined;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && (await route.request().headerValue("next-action"))) {
      captured = route.request();
      return route.abort();
    }
    return route.fallback();
  });
  await openUserMenu(page);
  await page.getByRole("menuitem", { name: /End all sessions/ }).click();
  await expect.poll(() => captured).toBeDefined();
  const action = captured!;
  const sent = await action.allHeaders();
  const headers = Object.fromEntries(
    Object.entries(sent).filter(([name]) => !["cookie", "host", "content-length", "origin"].includes(name)),
  );
  expect(sent.origin).toBe(new URL(page.url()).origin);
  const replay = (extra: Record<string, string>) =>
    page.request.fetch(action.url(), {
      method: "POST",
      headers: { ...headers, ...extra },
      data: action.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
  const cookies = await page.context().cookies();

  const forgeries: Record<string, string>[] = [
    {},
    { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
  ];
  for (const forged of forgeries) {
    const refused = await replay(forged);
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
  }
  // The action did not run: the session still opens the app.
  expect(await opensOrganizations(browser, cookies)).toBe(true);

  // The very same request from the page's own origin runs, and ends the session.
  const accepted = await replay({ origin: sent.origin! });
  expect(accepted.status()).toBeLessThan(400);
  expect(await opensOrganizations(browser, cookies)).toBe(false);
});
