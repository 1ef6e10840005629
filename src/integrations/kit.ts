import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Browser } from '../lib/pdf/render.ts';
import { publishKit, startChromiumIfCold, type KitSite, type KitSwitches } from '../lib/pdf/publish-kit.ts';

/** The printable kit (src/lib/pdf/publish-kit.ts), with the build options of src/lib/options.ts. */
export default function kit(options: KitSwitches): AstroIntegration {
  let site: KitSite;
  let browser: Promise<Browser> | undefined;
  return {
    name: 'policy-kit:pdf',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = { root: fileURLToPath(config.root), base, options, log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) } };
      },
      'astro:build:start': () => void (browser = startChromiumIfCold(site)),
      'astro:build:done': ({ dir }) => publishKit(site, fileURLToPath(dir), browser),
    },
  };
}
