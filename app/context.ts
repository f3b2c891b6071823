import type { Services } from "#server/services.ts";

// The server hands its services to every loader and action (server/http-app.ts getLoadContext).
declare module "react-router" {
  interface AppLoadContext {
    services: Services;
  }
}
