import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Everything the app needs is bundled: a government intranet has no internet.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 6000,
    // GraphiQL is its own page (demo and development only; the gateway does not serve it in production).
    rollupOptions: {
      input: { app: "index.html", graphiql: "graphiql.html" },
      // GraphiQL's "use no memo" directives are for the React compiler, which does not run here.
      onwarn: (warning, warn) => (warning.code === "MODULE_LEVEL_DIRECTIVE" ? undefined : warn(warning)),
    },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/demo": "http://127.0.0.1:4000", "/downloads": "http://127.0.0.1:4000" } },
});
