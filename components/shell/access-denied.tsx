import { Card, PageHeader } from "@/components/ui/card";

export function AccessDenied({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <p role="alert" className="text-sm text-zinc-600 dark:text-zinc-400">
          Your role in this organization does not give access to this page. Ask an owner or admin.
        </p>
      </Card>
    </>
  );
}
