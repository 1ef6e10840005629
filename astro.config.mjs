// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import kit from './src/integrations/kit.ts';
import preview from './src/integrations/preview.ts';
import { defaultLocale, localeIds } from './src/lib/i18n/locales.ts';
import { options } from './src/lib/options.ts';

// BASE, SITE, PDF… : the README's options table (src/lib/options.ts)
const opts = options();

export default defineConfig({
  site: opts.SITE,
  base: opts.BASE,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: localeIds,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), kit(opts), preview()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
