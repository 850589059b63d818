import type { APIResponse, Page } from "@playwright/test";
import { parseCsv } from "../../lib/csv";
import { expect, test, unique } from "../fixtures";

type Api = (path: string, init?: { method?: string; data?: unknown; key?: string }) => Promise<APIResponse>;

async function json<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

/** A fresh organization whose owner signed up and verified the email, as any customer does. */
async function signUpVerified(
  page: Page,
  outboxLink: (to: string, path: string) => Promise<string>,
  label: string,
) {
  const owner = {
    email: `${unique(label.toLowerCase().replace(/\W+/g, "-"))}@test.example`,
    password: "four words make it",
  };
  const organizationName = unique(label);
  const signUp = await page.request.post("/api/sign-up", {
    data: { name: `${label} Owner`, ...owner, organizationName },
  });
  expect(signUp.status()).toBe(202);
  await page.goto(await outboxLink(owner.email, "/verify-email"));
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/is verified/)).toBeVisible();
  return { ...owner, organizationName };
}

async function organizationNamed(api: Api, name: string) {
  const page = await json<{ content: { id: string; name: string; changeSequence: number }[] }>(
    await api(`/api/organizations?query=${encodeURIComponent(name)}`),
    200,
  );
  return page.content.find((o) => o.name === name)!;
}

/**
 * The provider's world, made with the platform key: its organization turned provider, a listed
 * product, and the customer subscribed to it (so the provider's new-key form offers the
 * customer). The provider's API key is its owner's to make (gatewayKey): a platform key may not
 * make one for an organization that has not granted support access.
 */
async function providerWorld(api: Api, providerName: string, customerName: string) {
  const provider = await organizationNamed(api, providerName);
  const customer = await organizationNamed(api, customerName);
  const read = await json<Record<string, unknown>>(await api(`/api/organizations/${provider.id}`), 200);
  await json(
    await api(`/api/organizations/${provider.id}`, { method: "PUT", data: { ...read, provider: true } }),
    200,
  );
  const product = await json<{ id: string; name: string }>(
    await api("/api/products", {
      method: "POST",
      data: {
        name: unique("Metered API").slice(0, 30),
        providerOrganizationId: provider.id,
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
      },
    }),
    201,
  );
  await json(
    await api("/api/product-subscriptions", {
      method: "POST",
      data: { productId: product.id, organizationId: customer.id },
    }),
    201,
  );
  return { customer, product };
}

/** The provider's gateway key, made by its owner on the settings page and shown once there. */
async function gatewayKey(page: Page) {
  await page.goto("/settings?tab=api-keys");
  await page.getByLabel("Key name").fill("Gateway");
  await page.getByRole("button", { name: "Create key" }).click();
  return (await page.getByTestId("new-api-key").textContent())!.trim();
}

test("a provider issues a key, copies it once, verifies it through the API and sees the usage; the customer rotates it", async ({
  page,
  context,
  browser,
  api,
  outboxLink,
  signIn,
}) => {
  test.setTimeout(150_000); // two sign-ups, then a key's whole story on two sides
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  const provider = await signUpVerified(page, outboxLink, "Key Provider");
  const owner = await signUpVerified(customerPage, outboxLink, "Key Customer");
  const world = await providerWorld(api, provider.organizationName, owner.organizationName);
  await signIn(page, provider.email, provider.password);
  const gateway = await gatewayKey(page);
  const verify = (key: string, cost = 1) =>
    api("/api/product-keys/verify", {
      method: "POST",
      key: gateway,
      data: { key, productId: world.product.id, cost },
    });

  // The provider issues the key from the form, in its sections.
  await page.goto("/product-keys");
  await page.getByRole("link", { name: "New product key" }).first().click();
  const form = page.getByRole("form", { name: "New product key" });
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByRole("group", { name: "Products", exact: true })).toContainText(
    "name at least one product",
  );
  const description = unique("Edge gateway");
  // The owner organization is searched for, here with the pointer (the subscriptions spec picks
  // from the keyboard): the provider's customers whose name holds the text.
  const organization = form.getByRole("combobox", { name: "Owner organization", exact: true });
  await organization.click();
  await page
    .getByRole("combobox", { name: "Search organizations" })
    .fill(owner.organizationName.slice(0, -2));
  await page.getByRole("dialog").getByRole("option", { name: owner.organizationName }).click();
  await expect(organization).toHaveText(owner.organizationName);
  await form.getByRole("group", { name: "Products", exact: true }).getByLabel(world.product.name).check();
  await form.getByLabel("Owner email").fill(owner.email);
  await form.getByLabel("First name").fill("Kim");
  await form.getByLabel("Last name").fill("Keys");
  await form.getByLabel("Description").fill(description);
  await form.getByLabel("Tags").fill("edge, e2e");
  await form.getByLabel("Quota", { exact: true }).fill("100");
  await form.getByLabel("Notify at (% of quota)").fill("80");
  await form.getByRole("button", { name: "Create key" }).click();

  // Shown once, copied with the button.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const shown = page.getByTestId("new-product-key");
  const key = (await shown.textContent())!.trim();
  expect(key).toMatch(/^sdpk_[0-9A-Za-z]{38}$/);
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  // The provider's gateway verifies it through the API, consuming 3 of the 100.
  const accepted = await json<{ valid: boolean; remaining: number }>(await verify(key, 3), 200);
  expect(accepted).toMatchObject({ valid: true, remaining: 97 });

  await page.getByRole("link", { name: "Open the key →" }).click();
  await expect(page.getByRole("heading", { name: description })).toBeVisible();
  await expect(page.getByTestId("new-product-key")).toHaveCount(0);
  await expect(page.getByTestId("quota-remaining")).toContainText("97 remaining");
  await expect(page.getByRole("meter", { name: "Quota used" })).toHaveAttribute("aria-valuenow", "3");
  await expect(page.getByTestId("usage-summary")).toContainText("3 consumed");
  // The chart's figures, as its table gives them: today, one accepted verify that consumed 3.
  const today = new Date().toISOString().slice(0, 10);
  const day = page
    .getByRole("table", { name: "Usage per day" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: today }) });
  await expect(day.getByRole("cell")).toHaveText(["1", "3", "0"]);

  // The list finds it by the prefix shown on its page.
  const prefix = key.slice(0, 12);
  await page.goto(`/product-keys?q=${prefix}`);
  const row = page.getByRole("row").filter({ hasText: description });
  await expect(row).toContainText(`${prefix}…`);
  await expect(row).toContainText("3 / 100");
  await expect(page.getByTestId("table-count")).toHaveText("1–1 of 1 key");
  // The export holds the filtered list by prefix, never the secret.
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await (await page.request.get(exportHref!)).text();
  expect(parseCsv(csv).rows.map((r) => r.cells[1])).toEqual(["prefix", prefix]);
  expect(csv).toContain(description);
  expect(csv).not.toContain(key);

  // The customer sees it by prefix, and rotates it: the new secret once, the old one still working.
  await signIn(customerPage, owner.email, owner.password);
  await customerPage.goto("/portal/keys");
  await customerPage.getByRole("link", { name: `${prefix}…` }).click();
  await expect(customerPage.getByTestId("quota-remaining")).toContainText("97 remaining");
  await customerPage.getByRole("button", { name: /Key actions/ }).click();
  // The owner may rotate and revoke its key; disabling is the provider's.
  await expect(customerPage.getByRole("menuitem")).toHaveText(["Rotate…", "Revoke…"]);
  await customerPage.getByRole("menuitem", { name: "Rotate…" }).click();
  const ask = customerPage.getByRole("alertdialog", { name: "Rotate this key?" });
  await expect(ask).toContainText("24 hours");
  await ask.getByRole("button", { name: "Rotate key" }).click();
  const reveal = customerPage.getByRole("dialog", { name: "Your new key" });
  const rotated = (await reveal.getByTestId("new-product-key").textContent())!.trim();
  expect(rotated).toMatch(/^sdpk_/);
  expect(rotated).not.toBe(key);
  await reveal.getByRole("button", { name: "Done" }).click();
  await expect(reveal).toHaveCount(0);
  await expect(
    customerPage.getByRole("table", { name: "Secrets" }).getByText("works", { exact: true }),
  ).toHaveCount(2);
  expect(await json<{ valid: boolean }>(await verify(rotated), 200)).toMatchObject({ valid: true });
  expect(await json<{ valid: boolean }>(await verify(key), 200)).toMatchObject({ valid: true });
  await customerContext.close();

  // The provider disables it: the reason is required, and verify then refuses it.
  // The old prefix still finds the key; its row now shows the new secret's prefix.
  await page.goto(`/product-keys?q=${prefix}`);
  await page.getByRole("link", { name: `${rotated.slice(0, 12)}…` }).click();
  // By keyboard: Enter opens the menu on its first item (Rotate…), ArrowDown moves to Disable….
  await page.getByRole("button", { name: /Key actions/ }).press("Enter");
  await expect(page.getByRole("menuitem", { name: "Rotate…" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const disable = page.getByRole("alertdialog", { name: "Disable this key?" });
  await expect(disable.getByRole("button", { name: "Disable key" })).toBeDisabled();
  await expect(disable.getByLabel("Reason for disabling")).toBeFocused();
  await page.keyboard.type("Gateway moved to a new region");
  await disable.getByRole("button", { name: "Disable key" }).click();
  await expect(page.getByRole("note")).toContainText("Disabled: Gateway moved to a new region");
  await page.getByRole("button", { name: /Key actions/ }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["Rotate…", "Enable…", "Revoke…"]);
  expect(await json<{ valid: boolean; reason: string }>(await verify(rotated), 200)).toMatchObject({
    valid: false,
    reason: "DISABLED",
  });
});

test("the demo's Acme keys show in the portal with their usage, one near its quota threshold", async ({
  page,
  signIn,
  api,
}) => {
  await signIn(page, "owner@acme.example");
  await page.goto("/portal/keys");
  const table = page.getByRole("table", { name: "Product keys" });
  await expect(table.getByRole("row").filter({ hasText: "Nightly backups" })).toContainText("disabled");
  await table.getByRole("row").filter({ hasText: "Analytics loader" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/portal\/keys\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("quota-remaining")).toContainText("17,600 of 20,000 used (88%)");
  await expect(page.getByTestId("quota-remaining")).toContainText("notifies at 90%");
  // The seed spreads the 17,600 over the 30 days up to the day it ran; a suite that runs past
  // midnight sees the first of them leave the window. So the chart is checked against the API's
  // same 30 days, which hold most of the month (the busiest day is under a tenth of it).
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const usage = (await (await api(`/api/product-keys/${id}/usage?days=30`)).json()) as {
    days: { consumed: number }[];
  };
  const consumed = usage.days.reduce((sum, day) => sum + day.consumed, 0);
  expect(consumed).toBeGreaterThan(17_600 * 0.9);
  expect(consumed).toBeLessThanOrEqual(17_600);
  await expect(page.getByTestId("usage-summary")).toContainText(
    `${consumed.toLocaleString("en-US")} consumed`,
  );
  await expect(
    page.getByRole("figure", { name: "Usage per day" }).locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();
});
