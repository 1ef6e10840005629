import type { AstroIntegration } from 'astro';
import { watchSources } from '../lib/preview.ts';

/** astro dev: content/sources and content/dictionaries regenerated on save (src/lib/preview.ts). */
export default function preview(): AstroIntegration {
  return {
    name: 'policy-kit:preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => watchSources(server, logger, process.cwd()),
    },
  };
}
