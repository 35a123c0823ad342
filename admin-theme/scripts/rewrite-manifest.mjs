// Keycloak writes the entry chunk's "imports" from .vite/manifest.json into <link rel=modulepreload>
// as they are, but Vite lists manifest keys there, not file names. Rewrite them to file names so the
// preloads do not 404. Run after `vite build`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir =
  process.env.CHAT_ACCESS_THEME_OUT ??
  "target/theme-build/theme/chat-access/admin/resources";
const file = join(outDir, ".vite", "manifest.json");
const manifest = JSON.parse(readFileSync(file, "utf8"));
let rewritten = 0;
for (const chunk of Object.values(manifest)) {
  if (Array.isArray(chunk.imports)) {
    chunk.imports = chunk.imports.map((key) => {
      const target = manifest[key];
      if (target && target.file) {
        rewritten++;
        return target.file;
      }
      return key;
    });
  }
}
writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
console.log(`rewrite-manifest: ${rewritten} imports now name files (${file})`);
