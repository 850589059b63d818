import { expect, test, unique } from "../fixtures";

test("an unverified account looks but cannot write, asks for a new link, and the newest link opens everything", async ({
  page,
  request,
  signIn,
  outboxLink,
}) => {
  test.slow(); // sign-up, a refused write, two emails and a verification in one story
  const email = `${unique("unverified")}@test.example`;
  const password = "four words make it";
  const signedUp = await request.post("/api/sign-up", {
    data: { name: "Una Verified", email, password, organizationName: unique("Pending Co") },
  });
  expect(signedUp.status()).toBe(202);
  const firstLink = await outboxLink(email, "/verify-email");

  await signIn(page, email, password);
  await page.goto("/settings?tab=api-keys");
  const banner = page.getByRole("status").filter({ hasText: "Verify your email address" });
  await expect(banner).toContainText(email);

  // A write is refused by the domain, and says why.
  await page.getByLabel("Key name").fill("Not yet");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText(/Verify your email address first/)).toBeVisible();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);

  await banner.getByRole("button", { name: "Send a new verification link" }).click();
  await expect(page.getByText("A new verification link is on its way")).toBeVisible();
  const newLink = await outboxLink(email, "/verify-email");
  expect(newLink).not.toBe(firstLink);

  // The first link died with the new one; the page offers a fresh one instead of a dead end.
  await page.goto(firstLink);
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/invalid, expired or already used/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a new verification link" })).toBeVisible();

  await page.goto(await outboxLink(email, "/verify-email"));
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText(/is verified and your organization is active/)).toBeVisible();

  await page.goto("/settings?tab=api-keys");
  await expect(page.getByText("Verify your email address")).toHaveCount(0);
  await page.getByLabel("Key name").fill("Now it works");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByTestId("new-api-key")).toContainText("sdk_");
});
