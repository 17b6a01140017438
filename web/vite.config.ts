import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Everything the app needs is bundled: a government intranet has no internet.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/demo": "http://127.0.0.1:4000" } },
});
