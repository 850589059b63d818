import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { isAppError } from "@/lib/errors";
import { limitSignIn } from "@/lib/rate-limit";
import { servedOverHttps } from "@/lib/security/public-origin";
import { endSession } from "@/lib/sessions/end-session";
import { sessionMaxAgeSeconds, startSession } from "@/lib/sessions/start-session";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { rememberingDecode } from "./session-token-memo";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The user_sessions row this session is (lib/sessions): checked on every request. */
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user_sessions row's id, set at sign-in. */
    sid?: string;
  }
}

class TooManyAttempts extends CredentialsSignin {
  override code = "rate_limited";
}

/**
 * Credentials sign-in with JWT sessions (the credentials provider supports no other kind).
 * The token carries only the user id and the session id: status, memberships, roles and
 * whether the session was ended are read from the database on every request (see
 * lib/auth/session.ts), so changes and sign-outs take effect at once.
 * AUTH_SECRET, AUTH_URL and AUTH_TRUST_HOST are read from the environment by Auth.js itself.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  jwt: { decode: rememberingDecode },
  // `__Secure-` cookies with the Secure flag whenever the public URL is https, whatever the
  // scheme a proxy in front forwards.
  useSecureCookies: servedOverHttps(),
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
    async jwt({ token, user }) {
      // `user` is set only at sign-in: record the session the token will name from now on.
      if (user?.id) {
        const request = await headers();
        token.sub = user.id;
        token.sid = await startSession({
          userId: user.id,
          userAgent: request.get("user-agent"),
          address: clientAddress(request),
        });
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.sid) session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // Every way out (the sign-out actions, POST /api/auth/signout) ends the session's row too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && token.sid) await endSession({ userId: token.sub, sessionId: token.sid });
    },
  },
});
