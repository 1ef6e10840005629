import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';

/** astro:build:done → the Pagefind index and the cross-script query map, written into dist/. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'policy-kit:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m)),
    },
  };
}
