import Image from "next/image";
import Link from "next/link";

const features = [
  {
    title: "Providers",
    text: "publish products with plans and prices, decide who may see them, and approve bundle requests.",
  },
  {
    title: "Customers",
    text: "browse the catalog, subscribe, change plans and manage the product keys of their subscriptions.",
  },
  {
    title: "Operators",
    text: "run the platform: organizations, users, the audit log and a REST API with an OpenAPI reference.",
  },
];

/** What Subdesk is, and the three ways in: sign in, sign up, or look at the public catalog first. */
export function LandingHero() {
  return (
    <>
      <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-brand-600">
        <Image src="/logo.svg" alt="" width={24} height={24} priority />
        SUBDESK
      </p>
      <h1 className="mt-3 text-4xl font-semibold tracking-tight">Subscriptions and catalog, in one portal</h1>
      <p className="mt-4 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">
        Subdesk is where software providers offer their products and customers subscribe to them: plans,
        trials, approvals and product keys, with every change audited.
      </p>
      <nav aria-label="Get started" className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/sign-in"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Sign in
        </Link>
        <Link
          href="/sign-up"
          className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Create an account
        </Link>
        <Link
          href="/explore"
          className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Browse the catalog
        </Link>
      </nav>
      <ul className="mt-12 grid gap-4 sm:grid-cols-3">
        {features.map((feature) => (
          <li
            key={feature.title}
            className="rounded-lg border border-zinc-200 bg-white p-5 text-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2 className="font-semibold">{feature.title}</h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{feature.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
