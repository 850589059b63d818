"use client";

import { useSyncExternalStore } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

const noSubscription = () => () => {};

/**
 * The submit button of a form the browser handles (react-hook-form and the like). Until the page
 * has hydrated, such a form has no handler: submitted natively, it would GET the page with every
 * named field in the URL — a password included — and drop the user's query (a settings tab, a
 * filter). So the button stays disabled until then; a disabled default button also stops Enter in
 * a field from submitting (implicit submission), and a browser test's click waits for it.
 */
export function SubmitButton({ disabled, ...props }: Omit<ButtonProps, "type">) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <Button type="submit" disabled={!hydrated || disabled} {...props} />;
}
