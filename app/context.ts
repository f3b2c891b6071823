import type { ContentSecurity } from "#server/security-headers.ts";
import type { Services } from "#server/services.ts";
import type { Notice } from "./web/notice-cookie.server.ts";

// The server hands its services to every loader and action (server/http-app.ts getLoadContext).
declare module "react-router" {
  interface AppLoadContext {
    services: Services;
    /** A notice left by the previous answer's redirect, shown once (app/web/notice-cookie.server.ts). */
    notice: Notice | null;
    /** The page's CSP nonce for its inline scripts, and its one relaxation (server/security-headers.ts). */
    contentSecurity: ContentSecurity;
  }
}
