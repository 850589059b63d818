"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, inputClass } from "@/components/ui/input";

type Value = string | number | boolean;
type Kind = "text" | "number" | "boolean";
interface Row {
  key: string;
  kind: Kind;
  text: string;
}

const kindOf = (value: Value): Kind =>
  typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "text";

function toMap(rows: Row[]): Record<string, Value> {
  return Object.fromEntries(
    rows
      .filter((row) => row.key.trim())
      .map((row) => [
        row.key.trim(),
        row.kind === "number" ? Number(row.text) : row.kind === "boolean" ? row.text === "true" : row.text,
      ]),
  );
}

/**
 * Edits a key → value map (`features`, `properties`) as rows. The form keeps the map itself,
 * so the payload is exactly what the API takes and the same schema validates both.
 */
export function SettingsMapEditor({
  label,
  value,
  onChange,
  error,
  disabled,
}: {
  label: string;
  value: Record<string, Value>;
  onChange: (map: Record<string, Value>) => void;
  error?: string;
  disabled?: boolean;
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(value).map(([key, v]) => ({ key, kind: kindOf(v), text: String(v) })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    onChange(toMap(next));
  };
  const change = (index: number, patch: Partial<Row>) =>
    update(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium">{label}</legend>
      {rows.map((row, index) => (
        <div key={index} className="flex gap-2" data-testid={`${label}-row`}>
          <Input
            aria-label={`${label} key ${index + 1}`}
            value={row.key}
            onChange={(e) => change(index, { key: e.target.value })}
            placeholder="key"
          />
          <select
            aria-label={`${label} type ${index + 1}`}
            className={`${inputClass} w-28`}
            value={row.kind}
            onChange={(e) =>
              change(index, {
                kind: e.target.value as Kind,
                text: e.target.value === "boolean" ? "true" : row.text,
              })
            }
          >
            <option value="text">text</option>
            <option value="number">number</option>
            <option value="boolean">yes/no</option>
          </select>
          {row.kind === "boolean" ? (
            <select
              aria-label={`${label} value ${index + 1}`}
              className={inputClass}
              value={row.text}
              onChange={(e) => change(index, { text: e.target.value })}
            >
              <option value="true">yes</option>
              <option value="false">no</option>
            </select>
          ) : (
            <Input
              aria-label={`${label} value ${index + 1}`}
              type={row.kind === "number" ? "number" : "text"}
              value={row.text}
              onChange={(e) => change(index, { text: e.target.value })}
              placeholder="value"
            />
          )}
          <Button
            variant="ghost"
            aria-label={`Remove ${label} row ${index + 1}`}
            onClick={() => update(rows.filter((_, i) => i !== index))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => setRows([...rows, { key: "", kind: "text", text: "" }])}>
        Add {label.toLowerCase()} entry
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
