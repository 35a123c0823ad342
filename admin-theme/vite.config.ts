import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The theme's resources folder inside the jar: theme/<name>/admin/resources. Maven adds
// target/theme-build as a resource directory; Keycloak's keycloak.v2 index.ftl (the parent theme)
// reads resources/.vite/manifest.json to find the entry chunk, its CSS and its imports.
const outDir =
  process.env.CHAT_ACCESS_THEME_OUT ??
  "target/theme-build/theme/chat-access/admin/resources";

export default defineConfig({
  plugins: [react()],
  // relative URLs: Keycloak serves the files below the theme's versioned resource path
  base: "",
  resolve: {
    alias: {
      // Keycloak's page maps react, react/jsx-runtime and react-dom to its own copies (import
      // map); react-dom/client is not mapped, and react-dom itself exports createRoot.
      "react-dom/client": "react-dom",
      // react-i18next's CommonJS shim would require("react"); React 18 has the hook itself.
      "use-sync-external-store/shim/index.js": fileURLToPath(
        new URL("src/main/ts/sync-external-store.ts", import.meta.url),
      ),
      "use-sync-external-store/shim": fileURLToPath(
        new URL("src/main/ts/sync-external-store.ts", import.meta.url),
      ),
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: "src/main/ts/main.tsx",
      external: ["react", "react/jsx-runtime", "react-dom"],
    },
  },
});
