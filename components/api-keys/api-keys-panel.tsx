"use client";

import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { createApiKeyAction, listApiKeysAction, revokeApiKeyAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import type { ApiKeyView, CreatedApiKey } from "@/lib/api-keys/schemas";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyForm } from "./create-api-key-form";

const queryKey = ["api-keys"];

async function fetchKeys(): Promise<ApiKeyView[]> {
  const result = await listApiKeysAction({});
  if (result.status !== "success") throw new Error(result.message);
  return result.data;
}

/**
 * The only react-query user, so its client lives here rather than in a layout every page loads.
 * One per mounted panel: on the server a shared client would share one user's keys with the next.
 */
export function ApiKeysPanel() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ApiKeys />
    </QueryClientProvider>
  );
}

function ApiKeys() {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [asking, setAsking] = useState<ApiKeyView>();
  const keys = useQuery({ queryKey, queryFn: fetchKeys });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeApiKeyAction({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });

  return (
    <div className="space-y-6">
      <CreateApiKeyForm
        create={createApiKeyAction}
        onCreated={(key) => {
          setCreated(key);
          void queryClient.invalidateQueries({ queryKey });
        }}
      />
      {created && (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
        >
          <p className="font-medium">Copy your new key now. It will not be shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              data-testid="new-api-key"
              className="break-all rounded bg-white px-2 py-1 font-mono dark:bg-zinc-900"
            >
              {created.key}
            </code>
            <Button
              variant="secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(created.key).then(() => toast.success("Copied"))
              }
            >
              Copy
            </Button>
            <Button variant="ghost" onClick={() => setCreated(null)}>
              Done
            </Button>
          </div>
        </div>
      )}
      {keys.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : keys.isError ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          Could not load keys: {keys.error.message}
        </p>
      ) : (
        <ApiKeysTable keys={keys.data} revoking={revoke.isPending} onRevoke={setAsking} />
      )}
      {asking && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAsking(undefined)}
          title={`Revoke ${asking.name}?`}
          description={`Programs sending the key ${asking.prefix}… are refused from the next request on. A revoked key cannot be restored: they would need a new one.`}
          confirmLabel="Revoke key"
          onConfirm={async () => {
            const result = await revoke.mutateAsync(asking.id);
            if (result.status !== "success") return result.message;
            toast.success(`Key ${result.data.prefix} revoked`);
          }}
        />
      )}
    </div>
  );
}
