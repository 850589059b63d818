import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/http/client-address";
import { isAppError } from "@/lib/errors";
import { limitSignIn } from "@/lib/rate-limit";
import { verifyCredentials } from "@/lib/users/verify-credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** When the user signed in (ms since the epoch): sessions older than a password change are refused. */
    issuedAt?: number;
  }
}

class TooManyAttempts extends CredentialsSignin {
  override code = "rate_limited";
}

/**
 * Credentials sign-in with JWT sessions (the credentials provider supports no other kind).
 * The token carries only the user id: status, memberships and roles are read from the
 * database on every request (see lib/auth/session.ts), so changes take effect at once.
 * AUTH_SECRET, AUTH_URL and AUTH_TRUST_HOST are read from the environment by Auth.js itself.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  trustHost: process.env.NODE_ENV !== "production" || undefined,
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        // The limits' counters are in the database, shared by every process and bundle, so the
        // sign-in page's server action (which comes through here too) counts the same tries.
        try {
          return await limitSignIn({ email, address: clientAddress(request.headers) }, () =>
            verifyCredentials(credentials),
          );
        } catch (error) {
          if (isAppError(error) && error.code === "rate_limited") throw new TooManyAttempts();
          throw error;
        }
      },
    }),
  ],
  logger: {
    // A failed sign-in is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // Set once at sign-in and carried over when the token is re-encoded (unlike `iat`).
      if (user?.id) {
        token.sub = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.signedInAt === "number") session.issuedAt = token.signedInAt;
      return session;
    },
  },
});
