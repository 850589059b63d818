import { env } from "@/lib/env";

/** The public URL (`AUTH_URL`), if configured: the one origin browsers should reach us on. */
export function configuredPublicUrl(): string | undefined {
  return env().AUTH_URL;
}

/** Served over https: cookies are `Secure`, and browsers are told to stay on https (HSTS). */
export function servedOverHttps(): boolean {
  return configuredPublicUrl()?.startsWith("https:") ?? false;
}

/** Two years, the HSTS preload list's minimum; subdomains of the app's host too. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
