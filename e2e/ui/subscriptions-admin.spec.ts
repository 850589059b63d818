import { randomUUID } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";
import { parseCsv } from "../../lib/csv";
import { demo, expect, pickOrganization, signInViaApi, test, unique } from "../fixtures";

type Api = (path: string, init?: { method?: string; data?: unknown }) => Promise<APIResponse>;

/** A fresh provider with a listed product sold by quantity and two paid plans, and a fresh customer. */
async function makeCatalog(api: Api) {
  const post = async (path: string, data: unknown) => {
    const response = await api(path, { method: "POST", data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as { id: string; name: string };
  };
  const provider = await post("/api/organizations", { name: unique("Sub Provider"), provider: true });
  const customer = await post("/api/organizations", { name: unique("Sub Customer") });
  const product = await post("/api/products", {
    name: unique("Seats"),
    providerOrganizationId: provider.id,
    productStatus: "PUBLISHED",
    publiclyAvailable: true,
    hasQuantity: true,
  });
  await post(`/api/products/${product.id}/plans`, { name: "Basic", terms: "paid", subscriptionPeriod: 30 });
  await post(`/api/products/${product.id}/plans`, {
    name: "Pro",
    terms: "paid",
    subscriptionPeriod: 30,
    appLimit: 50,
  });
  return { customer, product };
}

const toast = (page: Page, text: string) => page.getByText(text, { exact: true }).first();

test("an admin subscribes, changes, schedules, bars, reviews, cancels and exports a subscription", async ({
  page,
  context,
  browser,
  signIn,
  api,
}) => {
  // One subscription's whole story in a row of steps: longer than the default 60 seconds.
  test.setTimeout(150_000);
  const { customer, product } = await makeCatalog(api);
  await signIn(page, demo.admin);

  await page.goto("/subscriptions/new");
  await pickOrganization(page, "Organization", customer.name);
  await page.getByLabel("Product").selectOption({ label: product.name });
  await page.getByLabel("Plan").selectOption({ label: "Basic (paid)" });
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Create subscription" }).click();
  await expect(page).toHaveURL(/\/subscriptions\/[0-9a-f-]{36}$/);
  const heading = page.getByRole("heading", { name: /^Subscription #\d+$/ });
  const number = (await heading.textContent())!.replace("Subscription #", "");
  const detail = page.url();

  // Quantity (a second tab opened before it is told it is stale), then a plan change for
  // tomorrow: pending, shown as such, and withdrawn.
  const other = await context.newPage();
  await other.goto(`${detail}?tab=manage`);
  await page.getByRole("link", { name: "Manage" }).click();
  const quantity = page.getByRole("form", { name: "Change quantity" });
  await quantity.getByLabel("Quantity").fill("3");
  await quantity.getByRole("button", { name: "Change quantity" }).click();
  await expect(toast(page, "Quantity is now 3")).toBeVisible();
  const otherQuantity = other.getByRole("form", { name: "Change quantity" });
  await otherQuantity.getByLabel("Quantity").fill("5");
  await otherQuantity.getByRole("button", { name: "Change quantity" }).click();
  await expect(otherQuantity.getByRole("alert")).toContainText("changed by someone else");
  await other.close();
  const plan = page.getByRole("form", { name: "Change plan" });
  await plan.getByLabel("New plan").selectOption({ label: `${product.name} · Pro` });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await plan.getByLabel("On (empty: now)").fill(tomorrow);
  await plan.getByRole("button", { name: "Change plan" }).click();
  await expect(toast(page, "Plan change: scheduled (pending)")).toBeVisible();
  await page.getByRole("link", { name: "Overview" }).click();
  const waiting = page.getByRole("table", { name: "Pending and held changes" });
  await expect(waiting).toContainText(`${product.name} · Basic → ${product.name} · Pro`);
  await expect(waiting).toContainText(tomorrow);
  await waiting.getByRole("button", { name: "Cancel change" }).click();
  await expect(page.getByText("Nothing is waiting.")).toBeVisible();

  // Barred (after confirming), a plan change is held for review.
  await page.getByRole("link", { name: "Barrings" }).click();
  const bar = page.getByRole("form", { name: "Apply a barring" });
  await bar.getByLabel("Barring reason").selectOption("RISK");
  await bar.getByLabel("Note").fill("Fraud check");
  await bar.getByRole("button", { name: "Bar subscription" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, bar subscription" }).click();
  await expect(page.getByRole("table", { name: "Barrings" })).toContainText("Fraud check");
  await expect(page.getByText("barred: RISK")).toBeVisible();
  await page.getByRole("link", { name: "Manage" }).click();
  await plan.getByLabel("New plan").selectOption({ label: `${product.name} · Pro` });
  await plan.getByRole("button", { name: "Change plan" }).click();
  await expect(toast(page, "Plan change: held for review")).toBeVisible();

  await page.goto("/subscriptions/review");
  const held = page.getByRole("row").filter({ hasText: new RegExp(`#${number}(?!\\d)`) });
  await expect(held).toContainText("barred (RISK)");
  await held.getByRole("button", { name: "Approve" }).click();
  await expect(toast(page, "Change approved and applied")).toBeVisible();
  await expect(held).toHaveCount(0);

  // Cancelled at period end (after confirming): the subscription runs on, the cancel waits.
  await page.goto(`${detail}?tab=manage`);
  const cancel = page.getByRole("form", { name: "Cancel subscription" });
  await cancel.getByLabel("When").selectOption("at_period_end");
  await cancel.getByLabel("Cancellation reason").fill("Moving on");
  await cancel.getByRole("button", { name: "Cancel subscription" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, cancel subscription" }).click();
  await expect(toast(page, "Cancellation: scheduled (pending)")).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  const history = page.getByRole("list", { name: "History" });
  await expect(history).toContainText(`${product.name} · Basic → ${product.name} · Pro`);
  await expect(history).toContainText("Quantity 2 → 3");
  await expect(history).toContainText("Barred: RISK");

  // The organization filter searches the list's own organizations and keeps the pick in the URL;
  // "Any organization", first when the search is empty, lifts it again.
  await page.goto("/subscriptions");
  const filterForm = page.getByRole("form", { name: "Filter subscriptions" });
  const organizationFilter = filterForm.getByRole("combobox", { name: "Organization", exact: true });
  await pickOrganization(page, "Organization", customer.name);
  await filterForm.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`organizationId=${customer.id}`));
  await expect(organizationFilter).toHaveText(customer.name);
  await expect(page.getByTestId(`subscription-${number}`)).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // the header and its one row
  await organizationFilter.focus();
  await page.keyboard.press("Enter");
  const anyOrganization = page.getByRole("dialog").getByRole("option", { name: "Any organization" });
  await expect(anyOrganization).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(organizationFilter).toHaveText("Any organization");
  await filterForm.getByRole("button", { name: "Apply" }).click();
  await expect(page).not.toHaveURL(/organizationId=[0-9a-f]/);
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(2);

  await page.goto(`/subscriptions?q=${encodeURIComponent(customer.name)}&status=&terms=`);
  const row = page.getByTestId(`subscription-${number}`);
  await expect(row).toContainText("Pro");
  await expect(row).toContainText("barred: RISK");
  await expect(row).toContainText("cancel pending");

  const csv = await page.request.get(`/subscriptions/export?q=${encodeURIComponent(customer.name)}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...rows] = parseCsv(await csv.text()).rows.map((row) => row.cells);
  const record = Object.fromEntries(header!.map((name, i) => [name, rows[0]?.[i]]));
  expect(rows).toHaveLength(1);
  expect(record).toMatchObject({
    number,
    organization: customer.name,
    product: product.name,
    plan: "Pro",
    quantity: "3",
    status: "active",
    barredFor: "RISK",
    waiting: "cancel:pending",
  });

  // Another organization's people get the 404 page, as for an id that does not exist.
  await page.goto(`/subscriptions/${randomUUID()}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signInViaApi(outsiderPage.request, demo.customerOwner, "subdesk-demo-2026");
  await outsiderPage.goto(detail);
  await expect(outsiderPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await outsider.close();
});
