import { demo, expect, signInViaApi, test, unique } from "../fixtures";

test("an owner invites a colleague, who accepts in another browser and joins", async ({
  page,
  browser,
  signIn,
  outboxLink,
}) => {
  const email = `${unique("colleague")}@test.example`;
  await signIn(page, demo.customerOwner);
  await page.goto("/settings?tab=members");
  await page.getByLabel("Invite by email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("approver");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`${email} as approver`)).toBeVisible();

  const link = await outboxLink(email, "/invitations/");
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Join Acme Corporation" })).toBeVisible();
  await other.getByLabel("Your name").fill("Colin Colleague");
  await other.getByLabel("Choose a password").fill("colleague password");
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other.getByText("You have joined.")).toBeVisible();

  await signInViaApi(other.request, email, "colleague password");
  await other.goto("/dashboard");
  await expect(other.getByTestId("active-organization")).toHaveText("Acme Corporation");
  // An approver is no manager: the members list shows no invite form to them.
  await other.goto("/settings?tab=members");
  await expect(other.getByTestId(`member-${email}`)).toContainText("approver");
  await expect(other.getByLabel("Invite by email")).toHaveCount(0);
  await colleague.close();

  // The link is single use.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByText(/invalid, expired, withdrawn or already used/)).toBeVisible();
  await stranger.close();

  await page.reload();
  const member = page.getByTestId(`member-${email}`);
  await expect(member).toBeVisible();

  // The role select asks before it saves: an arrow key alone changes nothing, Cancel keeps the role.
  const role = member.getByRole("combobox", { name: `Role of ${email}` });
  await role.focus();
  await page.keyboard.press("ArrowDown");
  await page.getByRole("option", { name: "member" }).click();
  const question = page.getByRole("alertdialog", { name: `Make ${email} a member?` });
  await expect(question).toContainText("from approver to member");
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(role).toHaveText("approver");
  await role.click();
  await page.getByRole("option", { name: "member" }).click();
  await question.getByRole("button", { name: "Make member" }).click();
  await expect(role).toHaveText("member");

  // Removing asks too, naming the member; then they are gone.
  await member.getByRole("button", { name: "Remove" }).click();
  const removal = page.getByRole("alertdialog", { name: `Remove ${email}?` });
  await expect(removal).toContainText("loses access to this organization");
  await removal.getByRole("button", { name: "Remove member" }).click();
  await expect(member).toHaveCount(0);
});
