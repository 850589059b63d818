import { env } from "@/lib/env";

/**
 * The header scripts/server.ts sets from the TCP socket's address. It deletes any copy a
 * client sent, so inside the app it is the one address a client cannot forge. (Next.js
 * keeps a client-sent X-Forwarded-For and only fills it in when it is missing.)
 */
export const peerHeader = "x-subdesk-peer";

/** What requests that did not come through the server (a test calling a handler) count as. */
export const unknownAddress = "unknown";

/**
 * The client's address, for rate limits and logs. With TRUSTED_PROXY_HOPS = 0 it is the
 * socket's address and X-Forwarded-For is ignored. With N trusted proxies in front, each
 * appends the address it saw to X-Forwarded-For, so the N-th entry from the right is the
 * last one a trusted proxy wrote; entries left of it may be forged. With fewer entries than
 * hops the leftmost is taken (as Express's `trust proxy` does).
 */
export function clientAddress(headers: Headers, hops: number = env().TRUSTED_PROXY_HOPS): string {
  const peer = headers.get(peerHeader)?.trim() || unknownAddress;
  if (hops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket, then each proxy's entry from the right.
  const chain = [peer, ...forwarded.reverse()];
  return chain[Math.min(hops, chain.length - 1)]!;
}
