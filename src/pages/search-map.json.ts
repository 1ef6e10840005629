import type { APIRoute } from 'astro';
import map from '../../content/generated/search-map.json';

/** The cross-script query map, derived from the corpus by `npm run content`; loaded only when search is used. */
export const GET: APIRoute = () => new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json; charset=utf-8' } });
