import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  build: { target: "es2022" },
  // Server-only packages stay out of the SSR bundle: the server hands their instances to loaders.
  ssr: { external: ["@electric-sql/pglite", "pg", "pg-boss", "nodemailer"] },
});
