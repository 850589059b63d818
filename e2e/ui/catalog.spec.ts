import { demo, expect, signInViaApi, test, unique } from "../fixtures";

test("a provider builds group → product → plan, publishes, and a customer sees it", async ({
  page,
  browser,
  signIn,
}) => {
  test.slow(); // a whole catalog story in one test, each step a server round trip
  const groupName = unique("Compute");
  const productName = unique("VM").slice(0, 20);
  await signIn(page, "owner@northwind.example");

  await page.goto("/catalog?tab=groups");
  await page.getByRole("button", { name: "New product group" }).click();
  await page.getByLabel("Group name").fill(groupName);
  await page.getByRole("button", { name: "Save group" }).click();
  // Exact: the "… saved" toast names the group too.
  await expect(page.getByText(groupName, { exact: true })).toBeVisible();

  await page.goto("/catalog/products/new");
  await page.getByLabel("Name", { exact: true }).fill(productName);
  await page.getByLabel("Product group").selectOption({ label: groupName });
  await page.getByLabel("Short description").fill("A small virtual machine");
  await page.getByLabel("Price", { exact: true }).fill("19.99");
  await page.getByLabel("Price suffix").fill("/month");
  await page
    .getByLabel("Overview")
    .fill(
      "# Fast\n\n<script>window.pwned = 1</script>\n\n[evil](javascript:alert(1)) [docs](https://example.com)",
    );
  await expect(page.getByTestId("markdown-preview").getByRole("heading", { name: "Fast" })).toBeVisible();
  await page.getByLabel("Publicly available").check();
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name: productName })).toBeVisible();

  await page.getByRole("link", { name: "Plans" }).click();
  await page.getByRole("button", { name: "Add plan" }).click();
  await page.getByLabel("Plan name").fill("Monthly");
  await page.getByLabel("Cost per app (USD)").fill("0.10");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByTestId("plan-Monthly")).toContainText("v1");
  await page.getByTestId("plan-Monthly").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("App limit (-1 unlimited)").fill("5");
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByTestId("plan-Monthly")).toContainText("v2");
  await page.getByTestId("plan-Monthly").getByRole("link", { name: "History" }).click();
  const history = page.getByRole("region", { name: "History of Monthly" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(2)).toContainText("apps unlimited");

  // A customer cannot see the draft, by page or by API.
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await signInViaApi(customerPage.request, demo.customerOwner, "subdesk-demo-2026");
  await customerPage.goto("/portal/catalog");
  await expect(customerPage.getByTestId(`catalog-product-${productName}`)).toHaveCount(0);
  const productId = page.url().split("/catalog/products/")[1]!.split("?")[0]!;
  await customerPage.goto(`/portal/catalog/${productId}`);
  await expect(customerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  await customerPage.goto("/portal/catalog");
  await expect(customerPage.getByTestId(`catalog-product-${productName}`)).toContainText("$19.99/month");
  await customerPage.getByTestId(`catalog-product-${productName}`).click();
  await expect(customerPage.getByRole("heading", { name: "Fast" })).toBeVisible();
  await expect(customerPage.getByText("<script>window.pwned = 1</script>")).toBeVisible();
  expect(await customerPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(customerPage.getByRole("link", { name: "evil" })).toHaveCount(0);
  await expect(customerPage.getByRole("link", { name: "docs" })).toHaveAttribute(
    "href",
    "https://example.com",
  );
  await expect(customerPage.getByText("apps 5")).toBeVisible();
  await customer.close();
});

test("customers cannot open the catalog editor, and drafts stay out of the API for them", async ({
  page,
  signIn,
  api,
}) => {
  const providers = await api("/api/organizations?provider=true&query=northwind");
  const northwind = ((await providers.json()) as { content: { id: string }[] }).content[0]!;
  const draft = await api("/api/products", {
    method: "POST",
    data: { name: unique("Draft"), providerOrganizationId: northwind.id },
  });
  expect(draft.status()).toBe(201);
  const draftId = ((await draft.json()) as { id: string }).id;

  await signIn(page, demo.customerOwner);
  await page.goto("/catalog");
  await expect(page.getByRole("alert").filter({ hasText: "does not give access" })).toBeVisible();
  await page.goto("/settings?tab=api-keys");
  await page.getByLabel("Key name").fill(unique("catalog reader"));
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();

  const seen = await api("/api/products?size=200&status=DRAFT", { key });
  expect(((await seen.json()) as { content: unknown[] }).content).toEqual([]);
  expect((await api(`/api/products/${draftId}`, { key })).status()).toBe(404);
  expect((await api(`/api/products/${draftId}`)).status()).toBe(200);
});
