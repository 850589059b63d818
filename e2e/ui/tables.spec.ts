import { readFile } from "node:fs/promises";
import type { APIResponse } from "@playwright/test";
import { parseCsv } from "../../lib/csv";
import { demo, expect, test, unique } from "../fixtures";

type Api = (path: string, init?: { method?: string; data?: unknown }) => Promise<APIResponse>;

async function post<T = { id: string; name: string }>(api: Api, path: string, data: unknown): Promise<T> {
  const response = await api(path, { method: "POST", data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

/** 21 fresh organizations sharing a tag in their names: one more than the first page holds. */
async function makeOrganizations(api: Api, tag: string) {
  const names = Array.from({ length: 21 }, (_, i) => `${tag} ${String(i + 1).padStart(2, "0")}`);
  for (const name of names) await post(api, "/api/organizations", { name });
  return names;
}

test("the organizations table sorts by its headers, counts, pages, searches as you type and has row menus", async ({
  page,
  signIn,
  api,
}) => {
  test.slow(); // 21 organizations made first
  const tag = unique("Tabled");
  const names = await makeOrganizations(api, tag);
  await signIn(page, demo.admin);
  await page.goto("/organizations");

  // Search as you type: the URL follows the text without a submit.
  await page.getByRole("searchbox", { name: "Search" }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`query=${tag}`));
  const count = page.getByTestId("table-count");
  await expect(count).toHaveText("1–20 of 21 organizations");
  const table = page.getByRole("table", { name: "Organizations" });
  const firstName = table.getByRole("row").nth(1).getByRole("link");
  await expect(firstName).toHaveText(names[0]!);

  // The Name header sorts: ascending is the default, so a click turns it around.
  await table.getByRole("button", { name: /Name/ }).click();
  await expect(page).toHaveURL(/sort=name\.desc/);
  await expect(firstName).toHaveText(names[20]!);
  await expect(table.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");

  // The next page holds the one left; a bigger page holds all 21.
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(count).toHaveText("21–21 of 21 organizations");
  await expect(firstName).toHaveText(names[0]!);
  await page.getByLabel("Per page").selectOption("50");
  await expect(page).toHaveURL(/size=50/);
  await expect(count).toHaveText("1–21 of 21 organizations");
  await expect(table.getByRole("row")).toHaveCount(22);

  // A row's menu: Escape closes it, an item navigates.
  const menu = page.getByRole("button", { name: `Actions for ${names[3]}` });
  await menu.click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await menu.click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}\/edit$/);

  // A sort the list cannot give is ignored and said, never an error page.
  await page.goto(`/organizations?query=${tag}&sort=stripeCustomerId.asc`);
  await expect(page.getByText("Some filters were not valid and were ignored.")).toBeVisible();
  await expect(count).toHaveText("1–20 of 21 organizations");
});

test("two chosen subscriptions export as CSV and are cancelled together after a confirmation", async ({
  page,
  signIn,
  api,
}) => {
  const provider = await post(api, "/api/organizations", { name: unique("Table Provider"), provider: true });
  const customer = await post(api, "/api/organizations", { name: unique("Table Customer") });
  const product = await post(api, "/api/products", {
    name: unique("Table Seats"),
    providerOrganizationId: provider.id,
    productStatus: "PUBLISHED",
    publiclyAvailable: true,
  });
  for (let i = 0; i < 2; i++) {
    await post(api, "/api/product-subscriptions", { productId: product.id, organizationId: customer.id });
  }
  await signIn(page, demo.admin);
  await page.goto(`/subscriptions?organizationId=${customer.id}`);
  const table = page.getByRole("table", { name: "Subscriptions" });
  const rows = table.getByRole("row").filter({ hasText: customer.name });
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("table-count")).toHaveText("1–2 of 2 subscriptions");
  const numbers = (await rows.getByRole("link", { name: /^#\d+$/ }).allTextContents()).map((n) => n.slice(1));

  for (const number of numbers) await page.getByLabel(`Select subscription #${number}`).check();
  await expect(page.getByText("2 chosen")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export chosen (CSV)" }).click();
  const file = await readFile(await (await download).path(), "utf8");
  const [header, ...lines] = parseCsv(file).rows.map((row) => row.cells);
  expect(header).toEqual(["number", "organization", "product", "plan", "status", "terms", "createdOn"]);
  expect(lines.map((l) => l[0]).sort()).toEqual([...numbers].sort());
  expect(lines.every((l) => l[1] === customer.name && l[2] === product.name)).toBe(true);

  await page.getByRole("button", { name: "Cancel chosen…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel 2 subscriptions?" });
  await expect(dialog).toContainText("cancelled now");
  await dialog.getByRole("button", { name: "Cancel 2 subscriptions" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText("2 cancelled", { exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: "ended" })).toHaveCount(2);
});

test("⌘K finds a product by name and opens it", async ({ page, signIn, api }) => {
  const provider = await post(api, "/api/organizations", {
    name: unique("Palette Provider"),
    provider: true,
  });
  const product = await post(api, "/api/products", {
    name: unique("Palette Product"),
    providerOrganizationId: provider.id,
  });
  await signIn(page, demo.admin);
  await page.goto("/");
  await page.keyboard.press("ControlOrMeta+k");
  const dialog = page.getByRole("dialog", { name: "Go to" });
  await dialog.getByRole("combobox").fill(product.name);
  await dialog.getByRole("option", { name: new RegExp(product.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/products/${product.id}$`));
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(product.name);

  // The visible button opens it too.
  await page.getByRole("button", { name: /Search…/ }).click();
  await expect(page.getByRole("dialog", { name: "Go to" })).toBeVisible();
});

test("the catalog's products sort by name from their header and count", async ({ page, signIn, api }) => {
  const provider = await post(api, "/api/organizations", { name: unique("Sorted Provider"), provider: true });
  const tag = unique("Sorted");
  for (const name of [`${tag} b`, `${tag} a`, `${tag} c`])
    await post(api, "/api/products", { name, providerOrganizationId: provider.id });
  await signIn(page, demo.admin);
  await page.goto(`/catalog?query=${tag}`);
  await expect(page.getByTestId("table-count")).toHaveText("1–3 of 3 products");
  const table = page.getByRole("table", { name: "Products" });
  const names = table.getByRole("row").locator("td a[href^='/catalog/products/']");

  await table.getByRole("button", { name: /Product/ }).click();
  await expect(page).toHaveURL(/sort=name\.asc/);
  await expect(names).toHaveText([`${tag} a`, `${tag} b`, `${tag} c`]);
  await table.getByRole("button", { name: /Product/ }).click();
  await expect(page).toHaveURL(/sort=name\.desc/);
  await expect(names).toHaveText([`${tag} c`, `${tag} b`, `${tag} a`]);
  await expect(table.getByRole("columnheader", { name: /Product/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
});
