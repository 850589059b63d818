import { Input } from "@/components/ui/input";

/** The catalog's search box: a GET form, so results have a URL. */
export function CatalogSearch({ query }: { query?: string }) {
  return (
    <form method="get" className="mb-8 max-w-md" aria-label="Search the catalog">
      <Input
        name="query"
        defaultValue={query ?? ""}
        placeholder="Search products"
        aria-label="Search products"
      />
    </form>
  );
}
