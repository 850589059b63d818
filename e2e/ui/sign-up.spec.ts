import { expect, test, unique } from "../fixtures";

test("a customer signs up, verifies the email from the outbox link, and lands in their active organization", async ({
  page,
  outboxLink,
}) => {
  const email = `${unique("signup")}@test.example`;
  const organization = unique("Shop");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Sally Signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organization name").fill(organization);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("must be at least 10 characters")).toBeVisible();
  // The schema loads with this first check; the field it faults still takes focus.
  await expect(page.getByLabel("Password")).toBeFocused();

  await page.getByLabel("Password").fill("four words make it");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email.")).toBeVisible();

  // Before verifying: signed in, the organization waits and says so.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("four words make it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/is waiting for your email verification/)).toBeVisible();

  const link = await outboxLink(email, "/verify-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/is verified and your organization is active/)).toBeVisible();
  await page.getByRole("link", { name: "Continue to Subdesk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("active-organization")).toHaveText(organization);
  await expect(page.getByText(/waiting for your email verification/)).toHaveCount(0);
});

test("a used verification link says so", async ({ page, outboxLink, request }) => {
  const email = `${unique("twice")}@test.example`;
  const response = await request.post("/api/sign-up", {
    data: { name: "Twice", email, password: "four words make it", organizationName: unique("Twice Co") },
  });
  expect(response.status()).toBe(202);
  const link = await outboxLink(email, "/verify-email");
  for (const expected of [/is verified/, /invalid, expired or already used/]) {
    await page.goto(link);
    await page.getByRole("button", { name: "Verify my email" }).click();
    await expect(page.getByText(expected)).toBeVisible();
  }
});
