import { demo, expect, test, unique } from "../fixtures";

test("a visitor gets the landing page, which leads to the public catalog and to sign up", async ({
  page,
}) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Subscriptions and catalog");
  const ways = page.getByRole("navigation", { name: "Get started" });
  await expect(ways.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
  await ways.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
  await page.goto("/");
  await ways.getByRole("link", { name: "Browse the catalog" }).click();
  await expect(page).toHaveURL(/\/explore$/);
  await expect(page.getByRole("heading", { name: "Catalog" })).toBeVisible();
});

test("the production landing page does not list the demo sign-ins", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Demo sign-ins" })).toHaveCount(0);
});

test("a signed-in user who opens / is sent on to the dashboard", async ({ page, signIn }) => {
  await signIn(page, demo.customerMember);
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a fresh product says who can see it, and publishing asks for what else is missing", async ({
  page,
  api,
  createUser,
  signIn,
}) => {
  const post = async (path: string, data: unknown) => {
    const response = await api(path, { method: "POST", data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json()) as { id: string };
  };
  const provider = await post("/api/organizations", { name: unique("First Run Provider"), provider: true });
  const product = await post("/api/products", { name: unique("Fresh"), providerOrganizationId: provider.id });
  const admin = await createUser({ platformAdmin: true });
  await signIn(page, admin.email, admin.password);

  await page.goto(`/catalog/products/${product.id}`);
  const panel = page.getByTestId("visibility-panel");
  await expect(panel).toContainText("It is a draft");
  await expect(panel).toContainText("It is not publicly available");
  await expect(panel).toContainText("The provider's catalog is not public");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Customers still will not see it");
  await expect(dialog.getByTestId("publish-missing")).toContainText("It is not publicly available");
  await expect(dialog.getByTestId("publish-missing")).not.toContainText("It is a draft");
  await dialog.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await expect(panel).not.toContainText("It is a draft");
  await expect(panel).toContainText("It is not publicly available");
});

test("creating a product as Published asks first when customers would not see it", async ({
  page,
  signIn,
}) => {
  await signIn(page, demo.admin);
  await page.goto("/catalog/products/new");
  const name = unique("Straight To Published");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Create product" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByTestId("publish-missing")).toContainText("It is not publicly available");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/catalog\/products\/new$/);

  await page.getByLabel("Publicly available").check();
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const panel = page.getByTestId("visibility-panel");
  await expect(panel).toContainText("Who can see this product");
  await expect(panel).not.toContainText("It is a draft");
  await expect(panel).not.toContainText("It is not publicly available");
});

test("a price with a decimal comma is answered at its field: use a dot", async ({
  page,
  api,
  createUser,
  signIn,
}) => {
  const created = await api("/api/organizations", {
    method: "POST",
    data: { name: unique("Comma Provider"), provider: true },
  });
  const provider = (await created.json()) as { id: string };
  const response = await api("/api/products", {
    method: "POST",
    data: { name: unique("Comma"), providerOrganizationId: provider.id },
  });
  const product = (await response.json()) as { id: string };
  // The API gives the same answer as the form.
  const refused = await api(`/api/products`, {
    method: "POST",
    data: { name: unique("Comma"), providerOrganizationId: provider.id, price: "19,99" },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("use a dot");

  const admin = await createUser({ platformAdmin: true });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/catalog/products/${product.id}`);
  const price = page.getByLabel("Price", { exact: true });
  await price.fill("19,99");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("use a dot for decimals: 19.99, not 19,99")).toBeVisible();
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(price).toBeFocused();
});
