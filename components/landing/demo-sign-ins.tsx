import type { DemoSignIn } from "@/lib/demo-accounts";

/** Development only: the seeded demo accounts, so a fresh clone can be tried in every role. */
export function DemoSignIns({ accounts }: { accounts: readonly DemoSignIn[] }) {
  return (
    <section aria-labelledby="demo-sign-ins" className="mt-12">
      <h2 id="demo-sign-ins" className="text-lg font-semibold">
        Demo sign-ins
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Shown in development only. Every account uses the same password.
      </p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th className="py-2 pr-4 font-medium">Role</th>
            <th className="py-2 pr-4 font-medium">Email</th>
            <th className="py-2 font-medium">Password</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.email} className="border-b border-zinc-100 dark:border-zinc-800">
              <td className="py-2 pr-4">{account.role}</td>
              <td className="py-2 pr-4 font-mono">{account.email}</td>
              <td className="py-2 font-mono">{account.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
