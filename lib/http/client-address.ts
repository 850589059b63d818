/**
 * The client's address as the nearest proxy reports it, for rate limits. Only meaningful
 * behind a proxy that sets X-Forwarded-For; directly exposed, every client shares "direct".
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "direct";
}
