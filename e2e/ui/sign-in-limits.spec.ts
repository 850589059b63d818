import { expect, test } from "../fixtures";

test("an account locked through the Auth.js endpoint is locked on the sign-in page too", async ({
  page,
  createUser,
}) => {
  const user = await createUser();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const tryPassword = (password: string) =>
    page.request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password, csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
  for (let i = 0; i < 10; i++) {
    expect((await tryPassword("not the password")).headers().location).toContain("error=");
  }
  expect((await tryPassword(user.password)).headers().location).toContain("code=rate_limited");

  // The page's server action is another door to the same limits: the right password is refused.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
