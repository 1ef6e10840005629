import type { APIRoute } from 'astro';
import { href } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(href('sitemap.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
