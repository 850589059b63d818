import { inputClass } from "@/components/ui/input";

/** One of a list's filters as a select of its GET form, offered first `any` (the empty value: no filter) unless null. */
export function FilterSelect({
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
