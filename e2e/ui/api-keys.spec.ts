import { demo, expect, test, unique } from "../fixtures";

test("an owner creates a key in settings, uses it once shown, and revokes it", async ({
  page,
  signIn,
  api,
}) => {
  await signIn(page, demo.customerOwner);
  await page.goto("/settings?tab=api-keys");
  const name = unique("Billing sync");

  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("is required")).toBeVisible();
  await expect(page.getByLabel("Key name")).toBeFocused();

  await page.getByLabel("Key name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^sdk_/);

  const me = await api("/api/me", { key });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ role: "admin", platformAdmin: false });

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: "Revoke" }).click();
  const confirmation = page.getByRole("alertdialog", { name: `Revoke ${name}?` });
  await expect(confirmation).toContainText("refused from the next request on");
  await confirmation.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  expect((await api("/api/me", { key })).status()).toBe(401);

  // The key is never shown again, and the audit log has both events.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await page.goto(`/audit?action=api_key.`);
  await expect(page.getByRole("cell", { name: "api_key.revoke" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "api_key.create" }).first()).toBeVisible();
  await expect(page.getByTestId("table-count")).toHaveText(/^1–\d+ of \d+ events?$/);
  // Newest first, or oldest first through the Time header (this test wrote two events at least).
  const firstTime = () => page.getByRole("row").nth(1).locator("time").getAttribute("datetime");
  const newest = await firstTime();
  await page.getByRole("button", { name: /Time/ }).click();
  await expect(page).toHaveURL(/sort=occurredOn\.asc/);
  await expect(page.getByRole("columnheader", { name: /Time/ })).toHaveAttribute("aria-sort", "ascending");
  expect((await firstTime())! < newest!).toBe(true);
});
