import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { generate } from '../../scripts/content.ts';
import { ContentError } from './schema/friendly.ts';

/** Write the generated files that differ and remove those no source makes any more: the dev server reloads only those. */
export function writeChanged(outDir: string, files: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [f, text] of files) {
    const file = join(outDir, f);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    changed.push(f);
  }
  const onDisk = existsSync(outDir)
    ? readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(outDir.length + 1))
    : [];
  for (const f of onDisk.filter((f) => !files.has(f))) {
    rmSync(join(outDir, f));
    changed.push(f);
  }
  return changed;
}

/** how long the content collection takes to reload a changed file (measured: under 50 ms), with a margin */
const RELOAD_AFTER_MS = 400;

/**
 * The editor's live preview: saving a source, its meta.yml or a dictionary regenerates content/generated (the
 * content collection then reloads the open page). A content error is logged and shown in the browser's error
 * overlay; the server keeps running and the next save tries again.
 */
export function watchSources(server: ViteDevServer, logger: AstroIntegrationLogger, root: string): void {
  const dirs = ['content/sources', 'content/dictionaries'].map((d) => join(root, d));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reload: ReturnType<typeof setTimeout> | undefined;
  /** the error of the last run, shown again to a page that (re)loads while it stands */
  let failed: string | undefined;
  const showError = () => failed && server.ws.send({ type: 'error', err: { message: failed, stack: '' } });
  let queue = Promise.resolve();
  const run = async () => {
    try {
      const { files } = await generate(root);
      const fixed = failed !== undefined;
      failed = undefined;
      const changed = writeChanged(join(root, 'content/generated'), files);
      logger.info(changed.length ? `content: ${changed.length} generated file(s) updated` : 'content: no change');
      // the content collection reloads the changed files but not always the open page (nor the overlay): once it has, do
      if (changed.length || fixed) reload = setTimeout(() => server.ws.send({ type: 'full-reload' }), RELOAD_AFTER_MS);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      clearTimeout(reload);
      logger.error(`content error: ${e.message}`);
      failed = `content error: ${e.message}`;
      showError();
    }
  };
  server.ws.on('connection', showError);
  server.watcher.add(dirs);
  server.watcher.on('all', (_event, file) => {
    if (!dirs.some((d) => file.startsWith(`${d}/`))) return;
    clearTimeout(timer);
    // an editor's save is often several writes: one run for them all, runs never overlapping
    timer = setTimeout(() => (queue = queue.then(run, run)), 150);
  });
  queue = queue.then(run);
}
