import { demo, expect, test, unique } from "../fixtures";

test("the outbox lists a recipient's mail on the shared table: counted, filtered, sorted, opened", async ({
  page,
  signIn,
  request,
}) => {
  const email = `${unique("outbox")}@test.example`;
  for (const name of ["First", "Second"]) {
    const response = await request.post("/api/sign-up", {
      data: { name, email, password: "four words make it", organizationName: unique("Outbox Co") },
    });
    expect(response.status()).toBe(202);
  }
  await signIn(page, demo.admin);
  await page.goto(`/outbox?to=${encodeURIComponent(email)}`);
  const table = page.getByRole("table", { name: "Emails" });
  // The second sign-up with a known address gets the "someone tried" mail, newest first.
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1)).toContainText("Someone tried to sign up with your email");
  await expect(page.getByTestId("table-count")).toHaveText("1–2 of 2 emails");

  await page.getByRole("button", { name: /Time/ }).click();
  await expect(page).toHaveURL(/sort=createdOn\.asc/);
  await expect(page.getByRole("columnheader", { name: /Time/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("row").nth(1)).toContainText("Verify your email for Subdesk");
  await table.getByText("Verify your email for Subdesk").click();
  await expect(table.getByRole("link", { name: /\/verify-email/ })).toBeVisible();

  await page.getByLabel("Status").selectOption("failed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No emails match")).toBeVisible();
});
