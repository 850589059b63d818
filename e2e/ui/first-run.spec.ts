import { demo, expect, test } from "../fixtures";

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
