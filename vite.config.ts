import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin, type Rollup } from "vite";

// A browser bundle that needs a Node module is a bug, not a warning: Vite would replace the module
// with an empty stub and the page would fail at run time. The build stops instead (ADR 0010).
function failOnBrowserExternal(warning: Rollup.RollupLog, warn: (w: Rollup.RollupLog) => void) {
  if (warning.message.includes("externalized for browser compatibility")) {
    throw new Error(`A module meant for the server reached the browser bundle: ${warning.message}`);
  }
  warn(warning);
}

// The translation catalogues stay on the server; a page gets its messages with its data, parsed
// (ADR 0017). So the browser bundle needs FormatJS's parser-less module, not the parser, and a
// catalogue file reached from browser code (through translate.ts or catalog.ts) stops the build,
// naming the chain of imports that brought it.
function messagesStayOnServer(): Plugin {
  const importers = new Map<string, string>();
  return {
    name: "messages-stay-on-server",
    enforce: "pre",
    async resolveId(id, importer, options) {
      if (this.environment.config.consumer === "server") return;
      if (id === "@formatjs/icu-messageformat-parser")
        return this.resolve("@formatjs/icu-messageformat-parser/no-parser.js", importer, {
          ...options,
          skipSelf: true,
        });
      if (!importer) return;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (!resolved) return;
      if (!importers.has(resolved.id)) importers.set(resolved.id, importer);
      if (/\/domain\/i18n\/messages\/[a-z]{2}\/[^/]+\.json$/.test(resolved.id)) {
        const chain = [resolved.id];
        for (let file: string | undefined = importer; file && chain.length < 12; file = importers.get(file))
          chain.push(file);
        const root = `${process.cwd()}/`;
        throw new Error(
          `The translation catalogue reached the browser bundle:\n  ${chain.map((f) => f.replace(root, "")).join("\n  <- ")}\n` +
            "Browser code translates with useT(); a module the browser loads takes a Translate as a parameter.",
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [messagesStayOnServer(), reactRouter()],
  build: { target: "es2022", rollupOptions: { onwarn: failOnBrowserExternal } },
  // Server-only packages stay out of the SSR bundle: the server hands their instances to loaders.
  ssr: { external: ["@electric-sql/pglite", "pg", "pg-boss", "nodemailer"] },
});
