import { configOrExit } from "./config-or-exit.ts";
import { createHttpApp } from "./http-app.ts";
import { createServices } from "./services.ts";

// Development: Vite serves the app with hot reload; the same services and HTTP door as production.
const config = configOrExit();
const services = await createServices(config);
const { createServer } = await import("vite");
const vite = await createServer({ server: { middlewareMode: true } });
const app = createHttpApp(services, () => vite.ssrLoadModule("virtual:react-router/server-build") as never, {
  assets: [vite.middlewares],
  mode: "development",
});
app.listen(config.PORT, config.HOST, () => console.warn(`Barents Bridge (dev) on ${config.baseUrl}`));
