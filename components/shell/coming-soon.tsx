import { Card, PageHeader } from "@/components/ui/card";

/** A section that is in the navigation already but whose screens arrive with a later release. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          This section is coming in the next release.
        </p>
      </Card>
    </>
  );
}
