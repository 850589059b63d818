import { demo, expect, test } from "../fixtures";

test("protected pages send visitors to sign in and back", async ({ page }) => {
  for (const path of ["/dashboard", "/audit", "/settings", "/catalog"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await page.goto("/audit?action=user.");
  await expect(page).toHaveURL(/callbackUrl=%2Faudit%3Faction%3Duser\./);
  await page.getByLabel("Email").fill(demo.admin);
  await page.getByLabel("Password").fill("subdesk-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/audit\?action=user\./);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("a disabled user is refused on the very next request", async ({ page, signIn, createUser, api }) => {
  const user = await createUser();
  await signIn(page, user.email, user.password);
  await page.goto("/dashboard");
  await expect(page.getByTestId("user-menu")).toBeVisible();

  const disabled = await api(`/api/users/${user.id}`, {
    method: "PATCH",
    data: { changeSequence: user.changeSequence, status: "disabled" },
  });
  expect(disabled.status()).toBe(200);

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  // And the sign-in page does not bounce them back in with the stale cookie.
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("a member cannot open the organization's API keys or audit log", async ({ page, signIn }) => {
  await signIn(page, demo.customerMember);
  for (const path of ["/settings?tab=api-keys", "/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("alert").filter({ hasText: "does not give access" })).toBeVisible();
  }
});

test("unknown pages answer the 404 page", async ({ page, signIn }) => {
  await signIn(page, demo.customerMember);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a password reset ends the sessions signed in before it", async ({
  page,
  browser,
  signIn,
  createUser,
  outboxLink,
}) => {
  const user = await createUser();
  await signIn(page, user.email, user.password);
  await page.goto("/dashboard");
  await expect(page.getByTestId("user-menu")).toBeVisible();

  const other = await browser.newContext();
  const reset = await other.newPage();
  await reset.goto("/forgot-password");
  await reset.getByLabel("Email").fill(user.email);
  await reset.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(reset.getByText(/a link to choose a new password is on its way/)).toBeVisible();
  await reset.goto(await outboxLink(user.email, "/reset-password"));
  await reset.getByLabel("New password").fill("a brand new passphrase");
  await reset.getByLabel("Repeat it").fill("a brand new passphrase");
  await reset.getByRole("button", { name: "Set new password" }).click();
  await expect(reset.getByText("Your password is changed.")).toBeVisible();
  await other.close();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
});
