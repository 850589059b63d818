import type { APIRequestContext } from "@playwright/test";
import { demo, expect, test, unique } from "../fixtures";

type Api = (
  path: string,
  init?: { method?: string; data?: unknown },
) => ReturnType<APIRequestContext["fetch"]>;

/** A listed product of the platform's own provider, made with the platform key, and its plans. */
async function makeProduct(api: Api) {
  const name = unique("Portal VM").slice(0, 30);
  const product = await api("/api/products", {
    method: "POST",
    data: { name, productStatus: "PUBLISHED", publiclyAvailable: true, hasQuantity: true },
  });
  expect(product.status()).toBe(201);
  const { id } = (await product.json()) as { id: string };
  for (const plan of [
    { name: "Monthly", terms: "paid", subscriptionPeriod: 30, gracePeriod: 7 },
    { name: "Yearly", terms: "paid", subscriptionPeriod: 365, gracePeriod: 30 },
    { name: "Tryout", terms: "trial", subscriptionPeriod: 14, reminderBeforePeriod: 3 },
    { name: "Gold", terms: "paid", subscriptionPeriod: 365, approvalRequired: true },
  ]) {
    expect((await api(`/api/products/${id}/plans`, { method: "POST", data: plan })).status()).toBe(201);
  }
  return { id, name };
}

test("a customer of a fresh organization subscribes, changes quantity and plan, and cancels", async ({
  page,
  api,
  outboxLink,
  signIn,
}) => {
  test.slow(); // sign-up, verification and five changes in one story
  const product = await makeProduct(api);
  // A fresh customer organization, signed up and verified like any customer's.
  const owner = {
    email: `${unique("subscriber")}@test.example`,
    password: "four words make it",
  };
  const signUp = await page.request.post("/api/sign-up", {
    data: { name: "Sam Subscriber", ...owner, organizationName: unique("Subscriber Co") },
  });
  expect(signUp.status()).toBe(202);
  await page.goto(await outboxLink(owner.email, "/verify-email"));
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/is verified/)).toBeVisible();
  await signIn(page, owner.email, owner.password);

  await page.goto(`/portal/catalog/${product.id}`);
  await expect(page.getByRole("link", { name: "Needs approval — request it" })).toHaveAttribute(
    "href",
    /^\/portal\/bundles\/new\?productId=/,
  );
  await expect(page.getByRole("button", { name: "Start trial: Tryout" })).toBeVisible();
  await page.getByRole("button", { name: "Subscribe: Monthly" }).click();
  const subscribe = page.getByRole("form", { name: "Subscribe: Monthly" });
  await subscribe.getByLabel("Quantity").fill("3");
  await subscribe.getByRole("button", { name: "Subscribe" }).click();

  await expect(page).toHaveURL(/\/portal\/subscriptions\/[0-9a-f-]{36}$/);
  const summary = page.getByRole("definition").filter({ hasText: /^3$/ });
  await expect(page.getByRole("heading", { name: new RegExp(`^${product.name} · #\\d+$`) })).toBeVisible();
  await expect(summary).toBeVisible();

  const quantity = page.getByRole("form", { name: "Change quantity" });
  await quantity.getByLabel("Quantity").fill("5");
  await quantity.getByRole("button", { name: "Change quantity" }).click();
  const history = page.getByRole("list", { name: "History" });
  await expect(history).toContainText("Quantity 3 → 5");

  const plan = page.getByRole("form", { name: "Change plan" });
  await plan.getByLabel("New plan").selectOption({ label: "Yearly (paid)" });
  await plan.getByRole("button", { name: "Change plan" }).click();
  await expect(history).toContainText(`${product.name} · Monthly → ${product.name} · Yearly`);
  await expect(page.getByRole("definition").filter({ hasText: "Yearly (v1, paid)" })).toBeVisible();

  // At the end of the period first — a pending change, withdrawn again — then now, into grace.
  const cancel = page.getByRole("form", { name: "Cancel subscription" });
  await cancel.getByRole("button", { name: "Cancel subscription…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, cancel" }).click();
  const pending = page.getByRole("list", { name: "Pending changes" });
  await expect(pending).toContainText("Cancel at period end");
  await expect(page.getByRole("form", { name: "Cancel subscription" })).toHaveCount(0);
  await pending.getByRole("button", { name: "Withdraw the cancel change" }).click();
  await expect(page.getByText("Nothing is waiting.")).toBeVisible();

  await cancel.getByLabel("Now").check();
  await cancel.getByLabel("Reason (optional)").fill("Moving to another provider");
  await cancel.getByRole("button", { name: "Cancel subscription…" }).click();
  const confirmation = page.getByRole("alertdialog", { name: "Cancel this subscription now?" });
  await confirmation.getByRole("button", { name: "Yes, cancel" }).click();
  await expect(history).toContainText("Moving to another provider");
  await expect(page.getByRole("definition").filter({ hasText: "grace ends" })).toBeVisible();

  await page.goto("/portal/subscriptions");
  const row = page.getByRole("row").filter({ hasText: product.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("grace");
  await expect(row).toContainText("5");
});

test("the demo's Acme subscriptions show in the portal; a member reads them without controls", async ({
  page,
  browser,
  signIn,
}) => {
  await signIn(page, demo.customerOwner);
  await page.goto("/portal/subscriptions");
  const table = page.getByRole("table", { name: "My subscriptions" });
  for (const status of ["active", "trialing", "grace", "ended"]) {
    await expect(table.getByRole("cell", { name: status, exact: true }).first()).toBeVisible();
  }
  const kubernetes = table.getByRole("row").filter({ hasText: "Northwind Kubernetes" });
  await expect(kubernetes).toContainText("plan change pending for");
  await kubernetes.getByRole("link").click();
  await expect(page.getByRole("list", { name: "Pending changes" })).toContainText(
    "Northwind Kubernetes · Kubernetes Business",
  );
  await expect(page.getByRole("button", { name: "Withdraw the plan change" })).toBeVisible();
  const url = page.url();

  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, demo.customerMember);
  await memberPage.goto(url);
  await expect(
    memberPage.getByText("its changes are made by your organization's owners and admins"),
  ).toBeVisible();
  await expect(memberPage.getByRole("form", { name: /quantity|plan|cancel/i })).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: /Withdraw/ })).toHaveCount(0);
  await member.close();
});
