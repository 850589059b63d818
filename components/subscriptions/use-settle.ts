"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { applyActionResult } from "@/components/forms/apply-action-result";
import type { ActionResult } from "@/lib/actions/action";

const isStale = (result: ActionResult<unknown>) =>
  (result.status === "error" && result.code === "stale_change_sequence") ||
  (result.status === "invalid" && "changeSequence" in result.fieldErrors);

/**
 * Settles a subscription form's action result: a stale `changeSequence` raises the shared stale
 * banner (nothing was written), field errors go to their fields, anything else is a toast; on
 * success it reloads the page's data and, once the page shows it, says what happened — so the
 * next form submitted already holds the new `changeSequence`. Answers whether it succeeded.
 */
export function useSettle() {
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (refreshing || done.current === null) return;
    toast.success(done.current);
    done.current = null;
  }, [refreshing]);
  // A form whose row the refresh removes (a decided review) unmounts before the refresh ends:
  // it still says what happened.
  useEffect(() => {
    const pending = done;
    return () => {
      if (pending.current !== null) toast.success(pending.current);
    };
  }, []);
  function settle<T, F extends FieldValues>(
    result: ActionResult<T>,
    setError: UseFormSetError<F>,
    fieldNames: readonly string[],
    success: (data: T) => string,
  ): boolean {
    setStale(isStale(result));
    if (isStale(result)) return false;
    applyActionResult(result, setError, fieldNames);
    if (result.status !== "success") return false;
    done.current = success(result.data);
    startRefresh(() => router.refresh());
    return true;
  }
  return { stale, settle };
}

/** What a change's outcome means to the person who asked for it. */
export const outcomeMessage = (what: string, outcome: "applied" | "pending" | "held") =>
  outcome === "applied"
    ? `${what}: done`
    : outcome === "pending"
      ? `${what}: scheduled (pending)`
      : `${what}: held for review`;
