import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Rollup } from "vite";

// A browser bundle that needs a Node module is a bug, not a warning: Vite would replace the module
// with an empty stub and the page would fail at run time. The build stops instead (ADR 0010).
function failOnBrowserExternal(warning: Rollup.RollupLog, warn: (w: Rollup.RollupLog) => void) {
  if (warning.message.includes("externalized for browser compatibility")) {
    throw new Error(`A module meant for the server reached the browser bundle: ${warning.message}`);
  }
  warn(warning);
}

export default defineConfig({
  plugins: [reactRouter()],
  build: { target: "es2022", rollupOptions: { onwarn: failOnBrowserExternal } },
  // Server-only packages stay out of the SSR bundle: the server hands their instances to loaders.
  ssr: { external: ["@electric-sql/pglite", "pg", "pg-boss", "nodemailer"] },
});
