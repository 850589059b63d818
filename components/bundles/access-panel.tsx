import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";

type Access = BundleView["accesses"][number];

/**
 * The access an approved bundle gives, per product exchange type: a generated key (its
 * secret shown once) or a hand-off the provider records. `control` adds what this side may
 * do to one access: reveal the key, record the hand-off.
 */
export function AccessPanel({
  bundle,
  control,
}: {
  bundle: BundleView;
  control: (access: Access) => ReactNode;
}) {
  if (!bundle.accesses.length) {
    return <p className="text-sm text-zinc-500">Access follows once a plan is approved.</p>;
  }
  const productName = (id: string) => bundle.bundleProducts.find((p) => p.id === id)?.name ?? id;
  return (
    <ul className="space-y-4">
      {bundle.accesses.map((access) => {
        const handOff = access.accessStatus.findLast((s) => s.statusValue === "ACTIVE" && s.note);
        return (
          <li key={access.id} aria-label={`Access ${access.name}`} className="space-y-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{access.productIds.map(productName).join(", ")}</span>
              <Badge tone={access.status === "ACTIVE" ? "green" : "neutral"}>
                {access.status.replaceAll("_", " ").toLowerCase()}
              </Badge>
            </div>
            {access.accessExchangeType === "GENERATE_TOKEN" ? (
              <p className="text-zinc-600 dark:text-zinc-400">
                {access.secretShown
                  ? "A product key; its secret was shown once and is not kept. Rotate the key for a new one."
                  : "A product key, issued on approval; its secret is shown once."}
              </p>
            ) : (
              <p className="text-zinc-600 dark:text-zinc-400">
                {handOff
                  ? `Handed over: ${handOff.note}`
                  : "The provider hands access over and records it here."}
              </p>
            )}
            {control(access)}
          </li>
        );
      })}
    </ul>
  );
}
