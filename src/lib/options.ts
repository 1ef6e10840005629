// Every switch of the build, the scripts and the tests, read from the environment once (the first time options() is
// called) and passed down from there; nothing else reads process.env. A bad value fails with one message naming the
// variable and what it accepts, before anything is built.
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { ContentError, parseWithFriendlyErrors } from './schema/friendly.ts';

const flag = (fallback: '0' | '1') => z.enum(['0', '1']).default(fallback).transform((v) => v === '1');
const count = (fallback: number) =>
  z
    .string()
    .regex(/^[1-9]\d*$/, 'expected a whole number from 1, e.g. 2')
    .transform(Number)
    .default(fallback);

/** Debian's Chromium (apt, as scripts/setup.sh installs it), under either of its names. */
const defaultChromium = () => ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export const optionsSchema = z.object({
  /** The site's sub-path, e.g. /some/sub/path/: every link, asset, index and PDF resolves under it. */
  BASE: z.string().startsWith('/', 'expected a path starting with /, e.g. /some/sub/path/').default('/'),
  /** The public origin: canonical URLs, the sitemap, and the URL and QR code printed on each handout. */
  SITE: z.url({ error: 'expected an absolute URL, e.g. https://example.gov.cn' }).default('https://policy.example.org'),
  /** 0 builds the site without the printable kit. */
  PDF: flag('1'),
  /**
   * Build only part k of n of a large library (`k/n`): its documents' pages, PDFs and booklets, and in part 1 the
   * pages about the whole library. `npm run assemble` joins the parts into one site and one search.
   */
  SHARD: z
    .string()
    .regex(/^\d+\/\d+$/, 'expected part/parts, e.g. 2/8')
    .transform((v) => v.split('/').map(Number) as [number, number])
    .refine(([k, n]) => k >= 1 && k <= n, 'expected a part from 1 to the number of parts, e.g. 2/8')
    .optional(),
  /** `npm run build` on one machine: a library of more documents than this is built part by part (memory stays flat). */
  SHARD_DOCS: count(1000),
  /** Documents per booklet volume: a library of more is printed as booklets per type and year (src/lib/partition.ts). */
  BOOKLET_DOCS: count(30),
  /** Document pages per search index part; more pages are indexed part by part and merged in the browser. */
  SEARCH_PAGES: count(2000),
  /** Search index parts built at once, each by a Pagefind process of its own (one core and ~1.3 MB a page each). */
  SEARCH_JOBS: count(2),
  /** 0 renders every PDF afresh, in a throwaway cache (the determinism test). */
  PDF_CACHE: flag('1'),
  /** The PDF and font cache, relative to the project (shared by the shards of a build spread over machines). */
  PDF_CACHE_DIR: z.string().default('node_modules/.cache/policy-kit-pdf'),
  /** Chromium tabs printing at once. */
  PDF_CONCURRENCY: count(2),
  /** 1 leaves the print routes in dist/print/: the HTML the PDFs were printed from (debugging; not a publishable dist). */
  KEEP_PRINT: flag('0'),
  /** The Chromium executable Puppeteer drives (renderer, tests, benchmarks). */
  CHROMIUM: z.string().default(defaultChromium),
  /** Where `npm run build` puts the finished site, relative to the project. */
  OUT_DIR: z.string().default('dist'),
  /** `npm run bench`: corpora up to this many documents also render PDFs. */
  PDF_MAX: count(10),
  /** `npm run bench`: 1 keeps each temporary project (to profile a phase there). */
  BENCH_KEEP: flag('0'),
  /** `npm test`: 1 reuses dist/ instead of building before the build-output and browser tests. */
  SKIP_BUILD: flag('0'),
  /** `npm test`: 1 rewrites the fixture folders' expected files (review the diff). */
  UPDATE: flag('0'),
});

export type Options = z.output<typeof optionsSchema>;
export const optionNames = Object.keys(optionsSchema.shape) as (keyof Options)[];

/** The options in `env`; an empty variable counts as unset. Throws a ContentError naming each bad variable. */
export function parseOptions(env: Record<string, string | undefined>): Options {
  const set = Object.fromEntries(optionNames.filter((k) => env[k]).map((k) => [k, env[k]]));
  try {
    return parseWithFriendlyErrors(optionsSchema, set, 'environment');
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    // name the value as given, so `PDF_CONCURRENCY=abc` reads as the line the user typed
    e.message = e.message.replace(/^environment: (\w+): /gm, (_m, k: string) => `environment: ${k}=${JSON.stringify(set[k])}: `);
    throw e;
  }
}

let parsed: Options | undefined;
/** This process's options, parsed on first use. */
export const options = (): Options => (parsed ??= parseOptions(process.env));

// Vite-style variables a parent tool (a test runner) sets would override a child build's own base and mode.
const INHERITED = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'TEST', 'NODE_ENV'];

/** The environment for a child build or script: this one without a parent tool's variables, no telemetry, plus `extra`. */
export function childEnv(extra: Partial<Record<keyof Options, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const k of INHERITED) delete env[k];
  return env;
}
