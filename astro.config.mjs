// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import kit from './src/integrations/kit.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE=/some/sub/path/ npm run build serves the whole site under a sub-path.
const base = process.env.BASE ?? '/';
const site = process.env.SITE ?? 'https://policy.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['zh-hans', 'zh-hant'],
    defaultLocale: 'zh-hans',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), kit({ root: fileURLToPath(new URL('.', import.meta.url)) }), pagefind()],
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
