import { demo, demoPassword, expect, test } from "../fixtures";

test("a demo admin signs in from the landing page and lands on the dashboard", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Get started" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(demo.admin);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const nav = page.getByRole("navigation", { name: "Administration" });
  for (const item of [
    "Organizations",
    "Catalog",
    "Subscriptions",
    "Product keys",
    "Approvals",
    "Audit log",
  ]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "do not match" });
    await expect(alert).toBeVisible();
    return alert.textContent();
  };
  const wrongPassword = await attempt(demo.customerMember, "not the password");
  const unknownEmail = await attempt("nobody-here@test.example", "not the password");
  expect(wrongPassword).toBe(unknownEmail);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the form explains bad input before sending it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("must be a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a customer member sees the customer portal, and signs out", async ({ page, signIn }) => {
  await signIn(page, demo.customerMember);
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Customer portal" })).toBeVisible();
  await expect(page.getByTestId("active-organization")).toHaveText("Acme Corporation");
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-out page signs out without the menu", async ({ page, signIn }) => {
  await signIn(page, demo.customerMember);
  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("before the page is interactive the form cannot be sent, so the password never lands in the URL", async ({
  browser,
}) => {
  // Without scripts the page stays as the server rendered it: what a user sees before hydration.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(demo.admin);
    await page.getByLabel("Password").fill(demoPassword);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeDisabled();
    await page.getByLabel("Password").press("Enter");
    await page.waitForLoadState();
    expect(new URL(page.url()).search).toBe("");
    expect(requested.filter((url) => url.includes("password"))).toEqual([]);
  } finally {
    await context.close();
  }
});
