// Builds the chart bundle into server/static/dist (committed, embedded by go:embed, so that
// `go build` needs no node): app.js and app.css from src/, a copy of htmx, and manifest.json
// with the SHA-256 of the sources, which a Go test (server/dist_test.go) recomputes to catch a
// dist that is older than its sources.
//
//   cd web && npm ci && npm run build
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const dist = join(web, '..', 'server', 'static', 'dist');

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// sourceFiles are the build's inputs, as slash-separated paths relative to web/, sorted.
function sourceFiles() {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const files = [join(web, 'build.mjs'), join(web, 'package-lock.json'), ...walk(join(web, 'src'))];
  return files.map((f) => relative(web, f).split(sep).join('/')).sort();
}

// sourcesDigest hashes each input's path and content hash, one "path\nsha256\n" after the other.
function sourcesDigest() {
  return sha256(sourceFiles().map((f) => `${f}\n${sha256(readFileSync(join(web, f)))}\n`).join(''));
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: { app: join(web, 'src', 'app.js') },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: dist,
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync(join(web, 'node_modules', 'htmx.org', 'dist', 'htmx.min.js'), join(dist, 'htmx.min.js'));

const files = {};
for (const f of readdirSync(dist).sort()) files[f] = sha256(readFileSync(join(dist, f)));
const manifest = { note: 'written by web/build.mjs; checked by server/dist_test.go', sources: sourcesDigest(), files };
writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const [f, h] of Object.entries(files)) console.log(`${f}\t${readFileSync(join(dist, f)).length} bytes\t${h.slice(0, 12)}`);
