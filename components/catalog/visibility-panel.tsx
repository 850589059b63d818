import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { VisibilitySummary } from "@/lib/catalog/visibility-summary";
import { visibilityGapText } from "./visibility-text";

/** Who sees the product now and what is missing for the rest: the catalog's rule, asked of lib/catalog. */
export function VisibilityPanel({ visibility }: { visibility: VisibilitySummary }) {
  const audiences = [
    { label: "Your catalog managers and platform admins", sees: true },
    { label: "Signed-in customers", sees: visibility.customers },
    { label: "Visitors of the public catalog", sees: visibility.visitors },
  ];
  return (
    <Card className="mb-6">
      <section aria-labelledby="visibility-heading" data-testid="visibility-panel">
        <h2 id="visibility-heading" className="font-semibold">
          Who can see this product
        </h2>
        <ul className="mt-3 space-y-1 text-sm">
          {audiences.map((audience) => (
            <li key={audience.label} className="flex items-center gap-2">
              <Badge tone={audience.sees ? "green" : "neutral"}>
                {audience.sees ? "sees it" : "does not"}
              </Badge>
              {audience.label}
            </li>
          ))}
        </ul>
        {visibility.missingForVisitors.length > 0 && (
          <>
            <h3 className="mt-4 text-sm font-medium">What is missing</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
              {visibility.missingForVisitors.map((gap) => (
                <li key={gap}>{visibilityGapText[gap]}</li>
              ))}
            </ul>
          </>
        )}
        {visibility.inactiveGroup && (
          <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
            Its group “{visibility.inactiveGroup}” is inactive: customers find the product among the ungrouped
            ones.
          </p>
        )}
      </section>
    </Card>
  );
}
