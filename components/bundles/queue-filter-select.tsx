import { inputClass } from "@/components/ui/input";

/** One of the queue's filters as a plain select of a GET form. */
export function QueueFilterSelect({
  name,
  label,
  value,
  options,
  any = "Any",
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  any?: string | null;
}) {
  return (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        {any !== null && <option value="">{any}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
