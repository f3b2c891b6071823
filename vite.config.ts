import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

// The server parses every ICU message and sends pages the syntax trees (ADR 0010): the browser's
// intl-messageformat gets FormatJS's parser-less module instead of the parser (about 7 kB gzipped).
function icuParserOnServerOnly(): Plugin {
  return {
    name: "icu-parser-on-server-only",
    enforce: "pre",
    async resolveId(id, importer, options) {
      if (id !== "@formatjs/icu-messageformat-parser" || this.environment.config.consumer === "server")
        return;
      return this.resolve("@formatjs/icu-messageformat-parser/no-parser.js", importer, {
        ...options,
        skipSelf: true,
      });
    },
  };
}

export default defineConfig({
  plugins: [icuParserOnServerOnly(), reactRouter()],
  build: { target: "es2022" },
  // Server-only packages stay out of the SSR bundle: the server hands their instances to loaders.
  ssr: { external: ["@electric-sql/pglite", "pg", "pg-boss", "nodemailer"] },
});
