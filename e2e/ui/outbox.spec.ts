import { demo, expect, test, unique } from "../fixtures";

test("the outbox lists a recipient's mail on the shared table: counted, filtered, sorted, opened", async ({
  page,
  signIn,
  request,
}) => {
  // Two sign-ups whose addresses share a token the recipient search finds, in this order.
  const token = unique("outbox");
  const [first, second] = ["a", "b"].map((suffix) => `${token}-${suffix}@test.example`);
  for (const email of [first!, second!]) {
    const response = await request.post("/api/sign-up", {
      data: { name: "Outbox", email, password: "four words make it", organizationName: unique("Outbox Co") },
    });
    expect(response.status()).toBe(202);
  }
  await signIn(page, demo.admin);
  await page.goto(`/outbox?to=${token}`);
  const table = page.getByRole("table", { name: "Emails" });
  const firstRow = table.getByRole("row").nth(1);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(firstRow).toContainText(second!);
  await expect(page.getByTestId("table-count")).toHaveText("1–2 of 2 emails");

  await page.getByRole("button", { name: /Time/ }).click();
  await expect(page).toHaveURL(/sort=createdOn\.asc/);
  await expect(page.getByRole("columnheader", { name: /Time/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(firstRow).toContainText(first!);
  await firstRow.getByText("Verify your email for Subdesk").click();
  await expect(firstRow.getByRole("link", { name: /\/verify-email/ })).toBeVisible();

  await page.getByLabel("Status").selectOption("failed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No emails match")).toBeVisible();
});
