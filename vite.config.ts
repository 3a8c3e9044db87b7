// Vite: the React app, built into dist/ and served by `vite preview` for browser tests.
// The built page carries a content security policy: no inline scripts, no eval.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteCytoscapeCanvasOnly } from './build/cytoscapeCanvasOnly.ts';
import { reviewGraphAsset } from './build/reviewGraphAsset.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The layout worker (src/cy/layoutWorker.ts): a same-origin module, never a blob.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'exonet-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

/** Ships the format's JSON Schema with the build, at dist/schema/exonet-graph.schema.json. */
function shipSchema(): Plugin {
  return {
    name: 'exonet-schema',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('./schema/exonet-graph.schema.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'schema/exonet-graph.schema.json', source });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [viteCytoscapeCanvasOnly(), react(), contentSecurityPolicy(), shipSchema(), reviewGraphAsset()],
  // Browsers that run the explorer all support modulepreload: no polyfill in the first load.
  build: { chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
  // The build takes Cytoscape from its sources without what the explorer never calls
  // (build/cytoscapeCanvasOnly.ts); the dev server takes the package's minified build.
  resolve: command === 'serve' ? { alias: [{ find: /^cytoscape$/, replacement: 'cytoscape/dist/cytoscape.esm.min.mjs' }] } : {},
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
}));
