import { demo, expect, test } from "../fixtures";

test("the first Tab offers a skip link that lands in the page's content", async ({ page, signIn }) => {
  await signIn(page, demo.admin);
  await page.goto("/organizations");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the user menu works from the keyboard and closes on Escape and outside clicks", async ({
  page,
  signIn,
}) => {
  await signIn(page, demo.customerOwner);
  await page.goto("/");
  const trigger = page.getByTestId("user-menu");
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Your account" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(trigger).toBeFocused();

  await trigger.click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.mouse.click(640, 600);
  await expect(page.getByRole("menu")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test("the navigation sheet closes once a link in it is followed", async ({ page, signIn }) => {
    await signIn(page, demo.customerOwner);
    await page.goto("/");
    await page.getByRole("button", { name: "Open navigation" }).click();
    const sheet = page.getByRole("dialog", { name: "Subdesk" });
    await sheet.getByRole("link", { name: "My subscriptions" }).click();
    await expect(page).toHaveURL(/\/portal\/subscriptions$/);
    await expect(sheet).toHaveCount(0);

    await page.getByRole("button", { name: "Open navigation" }).click();
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
  });
});

test.describe("with a system that prefers dark", () => {
  test.use({ colorScheme: "dark" });

  test("the theme toggle renders without a hydration error and switches to light", async ({
    page,
    signIn,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    await signIn(page, demo.customerMember);
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("button", { name: "Switch between light and dark" }).click();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    expect(errors.filter((text) => /hydrat/i.test(text))).toEqual([]);
  });
});
