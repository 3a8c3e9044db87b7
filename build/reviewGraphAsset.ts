// Vite plugin: the curated review graph, compiled and validated from graph-data/ when the
// app is built, shipped as one JSON file with its label order (parsed faster than
// JavaScript object literals, fetched in parallel with the scripts through a preload link)
// instead of being compiled in the page. An invalid graph-data/ fails the build; the dev
// server compiles it at each request and serves its problems, which the page shows.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { compileGraphDataDir as CompileGraphDataDir } from '../src/cli/loadGraph';

const ROOT = join(import.meta.dirname, '..');

/**
 * The compiler of graph-data/, from the compiled CLI (cli-dist/, rebuilt first if a source
 * is newer): the config loader does not import the project's TypeScript itself.
 */
async function loadCompiler(): Promise<typeof CompileGraphDataDir> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  const url = pathToFileURL(join(ROOT, 'cli-dist', 'write-review-graph.mjs'));
  url.search = `?t=${Date.now()}`; // a rebuilt module, not the one cached by an earlier load
  return ((await import(url.href)) as { compileGraphDataDir: typeof CompileGraphDataDir }).compileGraphDataDir;
}

const NAME = 'review-graph';

interface Compiled {
  json: string;
  problems: string[];
}

async function compile(): Promise<Compiled> {
  const { graph, problems } = (await loadCompiler())();
  const labelOrder = JSON.parse(readFileSync(join(ROOT, 'graph-data', 'label-priority.json'), 'utf8')) as string[];
  return {
    json: JSON.stringify({ graph, labelOrder, ...(problems.length ? { problems } : {}) }),
    problems: problems.map((p) => `${p.where}: ${p.message}`),
  };
}

export function reviewGraphAsset(): Plugin {
  /** Path of the JSON under the base URL. */
  let url = `${NAME}.json`;
  let built: Compiled | null = null;
  let base = '/';
  return {
    name: 'exonet-review-graph',
    async config(_config, env) {
      if (env.command === 'build') {
        built = await compile();
        if (built.problems.length) {
          throw new Error(`graph-data/ has ${built.problems.length} problems (run "npm run -s graph -- validate"):\n${built.problems.slice(0, 20).join('\n')}`);
        }
        url = `assets/${NAME}-${createHash('sha256').update(built.json).digest('hex').slice(0, 10)}.json`;
      }
      return { define: { __REVIEW_GRAPH_PATH__: JSON.stringify(url) } };
    },
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(`/${NAME}.json`, (_req, res, next) => {
        compile().then(({ json }) => {
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        }, next);
      });
    },
    generateBundle() {
      if (built) this.emitFile({ type: 'asset', fileName: url, source: built.json });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${url}`, as: 'fetch', type: 'application/json', crossorigin: '' }, injectTo: 'head' }];
    },
  };
}
