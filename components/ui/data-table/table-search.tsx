"use client";

import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { useTableUrl } from "./use-table-url";

const debounceMs = 300;

/**
 * The list's search box: the URL follows the text as it is typed (after a pause, so a word is
 * one request, not one per key). It sits in the page's filter form, so Enter still submits.
 */
export function TableSearch({
  name,
  label,
  placeholder,
}: {
  name: string;
  label: string;
  placeholder?: string;
}) {
  const { replace, searchParams } = useTableUrl();
  const current = searchParams.get(name) ?? "";
  const [text, setText] = useState(current);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <label className="text-sm">
      {label}
      <Input
        type="search"
        name={name}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            if (value.trim() !== current) replace({ [name]: value.trim() || null });
          }, debounceMs);
        }}
      />
    </label>
  );
}
