/**
 * The demo's sign-ins, in one place: the seed creates them, `npm run prepare`/the CLI print them
 * after seeding, and the landing page lists them in development. Demo data only.
 */
export const demoPassword = "subdesk-demo-2026";

export const demoAccounts = {
  platformAdmin: { email: "admin@subdesk.example", name: "Ada Admin" },
  providerOwner: { email: "owner@northwind.example", name: "Nora Provider" },
  providerApprover: { email: "approver@northwind.example", name: "Paul Approver" },
  customerOwner: { email: "owner@acme.example", name: "Olivia Owner" },
  customerMember: { email: "member@acme.example", name: "Max Member" },
} as const;

export interface DemoSignIn {
  role: string;
  email: string;
  password: string;
}

/** Every demo account with the role it plays, in the order a newcomer would try them. */
export const demoSignIns: readonly DemoSignIn[] = [
  { role: "platform admin", ...demoAccounts.platformAdmin },
  { role: "provider owner (Northwind Cloud)", ...demoAccounts.providerOwner },
  { role: "provider approver (Northwind Cloud)", ...demoAccounts.providerApprover },
  { role: "customer owner (Acme Corporation)", ...demoAccounts.customerOwner },
  { role: "customer member (Acme Corporation)", ...demoAccounts.customerMember },
].map(({ role, email }) => ({ role, email, password: demoPassword }));
