import type { APIResponse, Browser, Page } from "@playwright/test";
import { demo, expect, signInViaApi, test, unique } from "../fixtures";

type Api = (path: string, init?: { method?: string; data?: unknown }) => Promise<APIResponse>;
type OutboxLink = (to: string, path: string) => Promise<string>;

/** A fresh provider with a listed product whose two paid plans both need approval. */
async function makeProvider(api: Api) {
  const post = async (path: string, data: unknown) => {
    const response = await api(path, { method: "POST", data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as { id: string; name: string };
  };
  const provider = await post("/api/organizations", { name: unique("Bundle Provider"), provider: true });
  const product = await post("/api/products", {
    name: unique("Gateway"),
    providerOrganizationId: provider.id,
    productStatus: "PUBLISHED",
    publiclyAvailable: true,
    accessExchangeType: "GENERATE_TOKEN",
  });
  for (const name of ["Gold", "Silver"]) {
    await post(`/api/products/${product.id}/plans`, {
      name,
      terms: "paid",
      subscriptionPeriod: 30,
      approvalRequired: true,
    });
  }
  return { provider, product };
}

/** Someone who accepted an invitation into the organization with this role, signed in in their own browser. */
async function invitedMember(
  browser: Browser,
  admin: Page,
  outboxLink: OutboxLink,
  organizationId: string,
  role: string,
) {
  const email = `${unique(role)}@test.example`;
  await admin.goto(`/organizations/${organizationId}?tab=members`);
  await admin.getByLabel("Invite by email").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption(role);
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`${email} as ${role}`)).toBeVisible();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await outboxLink(email, "/invitations/"));
  await page.getByLabel("Your name").fill("Avery Approver");
  await page.getByLabel("Choose a password").fill("approver password");
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText("You have joined.")).toBeVisible();
  await signInViaApi(page.request, email, "approver password");
  return { page, context };
}

/** A fresh customer organization, signed up and verified like any customer's, signed in on `page`. */
async function signedUpCustomer(page: Page, outboxLink: OutboxLink) {
  const owner = { email: `${unique("requester")}@test.example`, password: "four words make it" };
  const signUp = await page.request.post("/api/sign-up", {
    data: { name: "Rita Requester", ...owner, organizationName: unique("Requester Co") },
  });
  expect(signUp.status()).toBe(202);
  await page.goto(await outboxLink(owner.email, "/verify-email"));
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/is verified/)).toBeVisible();
  await signInViaApi(page.request, owner.email, owner.password);
}

test("a customer requests two plans; the provider's approver approves one and rejects the other; the customer sees the subscription, the key once and the reason", async ({
  page,
  browser,
  api,
  outboxLink,
  signIn,
}) => {
  // Sign-up, an invitation and a request's whole story in two browsers: longer than a slow test.
  test.setTimeout(180_000);
  const { provider, product } = await makeProvider(api);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  const approver = await invitedMember(browser, admin, outboxLink, provider.id, "approver");
  await admin.context().close();

  // The customer drafts the request from the product page, where approval plans lead to the wizard.
  await signedUpCustomer(page, outboxLink);
  await page.goto(`/portal/catalog/${product.id}`);
  await page.getByRole("link", { name: "Needs approval — request it" }).first().click();
  await expect(page).toHaveURL(/\/portal\/bundles\/new\?productId=/);
  const wizard = page.getByRole("form", { name: "New request" });
  const requestName = unique("Gateway request");
  await wizard.getByLabel("Request name").fill(requestName);
  await wizard.getByLabel(`${product.name} · Gold`).check();
  await wizard.getByLabel(`${product.name} · Silver`).check();
  await wizard.getByLabel("Use case").fill("Checkout for our web shop");
  await wizard.getByLabel("Expected traffic").fill("10,000 calls a day");
  await wizard.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/portal\/bundles\/[0-9a-f-]{36}$/);
  const bundleUrl = page.url();
  await expect(page.getByRole("heading", { name: requestName })).toBeVisible();
  await expect(page.getByText("draft", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("requested", { exact: true }).first()).toBeVisible();

  // The approver finds it in the queue and decides each plan; a rejection needs its note.
  const desk = approver.page;
  await desk.goto("/approvals");
  const queue = desk.getByRole("table", { name: "Approval queue" });
  await queue.getByRole("link", { name: requestName }).click();
  await expect(desk.getByRole("heading", { name: requestName })).toBeVisible();
  await expect(desk.getByText("Checkout for our web shop")).toBeVisible();
  const decide = desk.getByRole("form", { name: "Decide plans" });
  const gold = decide.getByRole("group", { name: `${product.name} · Gold` });
  const silver = decide.getByRole("group", { name: `${product.name} · Silver` });
  await gold.getByRole("radio", { name: "Approve" }).check();
  await silver.getByRole("radio", { name: "Reject" }).check();
  await decide.getByRole("button", { name: "Record decisions" }).click();
  await expect(silver.getByRole("alert")).toContainText("is required to reject");
  await silver.getByRole("textbox").fill("Silver is retired: the larger plan covers your traffic.");
  await decide.getByRole("button", { name: "Record decisions" }).click();
  await expect(desk.getByText("approved", { exact: true }).first()).toBeVisible();
  await expect(desk.getByRole("list", { name: "History" })).toContainText("Silver is retired");
  await approver.context.close();

  // The customer sees the decisions, the reason, the subscription, and the key — once.
  await page.goto(bundleUrl);
  const plans = page.getByRole("table", { name: "Requested plans" });
  await expect(plans.getByRole("row").filter({ hasText: "Silver" })).toContainText(
    "Silver is retired: the larger plan covers your traffic.",
  );
  await expect(plans.getByRole("row").filter({ hasText: "Silver" })).toContainText("rejected");
  await expect(plans.getByRole("row").filter({ hasText: "Gold" })).toContainText("approved");
  await page.getByRole("button", { name: "Show the key once" }).click();
  await expect(page.getByTestId("access-key")).toHaveText(/\S{20,}/);
  await expect(page.getByText("Copy it now: it is not shown again.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("access-key")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Show the key once" })).toHaveCount(0);
  await expect(page.getByText(/its secret was shown once/)).toBeVisible();
  await plans
    .getByRole("row")
    .filter({ hasText: "Gold" })
    .getByRole("link", { name: "Open subscription" })
    .click();
  await expect(page).toHaveURL(/\/portal\/subscriptions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: new RegExp(`^${product.name} · #\\d+$`) })).toBeVisible();
});

test("the demo approver's queue shows Acme's open requests, and Acme's owner sees a rejection's reason", async ({
  page,
  browser,
  signIn,
}) => {
  test.slow(); // two people's pages, on a machine the other workers share
  await signIn(page, "approver@northwind.example");
  await page.goto("/approvals");
  const queue = page.getByRole("table", { name: "Approval queue" });
  await expect(queue.getByRole("row").filter({ hasText: "Analytics expansion" })).toContainText("requested");
  await expect(queue.getByRole("row").filter({ hasText: "Cluster for the data team" })).toContainText(
    "in progress",
  );
  await page.getByLabel("State").selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(queue.getByRole("row").filter({ hasText: "Analytics expansion" })).toHaveCount(0);

  const customer = await browser.newContext();
  const acme = await customer.newPage();
  await signIn(acme, demo.customerOwner);
  await acme.goto("/portal/bundles");
  await acme.getByRole("link", { name: "Long-term archive" }).click();
  await expect(acme.getByRole("table", { name: "Requested plans" })).toContainText(
    "Archive storage is sold out in your region until next quarter.",
  );
  await customer.close();
});
