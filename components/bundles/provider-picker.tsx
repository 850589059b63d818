import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

/** The wizard's first step as a plain GET form: the chosen provider goes into the URL. */
export function ProviderPicker({
  providers,
  chosen,
}: {
  providers: { id: string; name: string }[];
  chosen: string | null;
}) {
  if (providers.length === 0) return <p className="text-sm text-zinc-500">No provider lists products yet.</p>;
  return (
    <form method="get" aria-label="Choose a provider" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="provider" className="block text-sm font-medium">
          Provider
        </label>
        <select id="provider" name="provider" defaultValue={chosen ?? ""} className={inputClass}>
          <option value="" disabled>
            Choose a provider
          </option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show its products
      </Button>
    </form>
  );
}
