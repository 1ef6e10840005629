import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedDocs } from '../../../lib/docs.ts';
import { findSourceFile } from '../../../lib/sources/files.ts';

/** Every document's source file exactly as received, published at sources/<id>/source.<ext> for the page's 原始文件 link. */
const root = join(process.cwd(), 'content/sources');

export const getStaticPaths: GetStaticPaths = async () => {
  // the documents this build renders (all, or a shard's)
  const rendered = new Set((await renderedDocs('zh-hans')).map((e) => e.data.docId));
  return readdirSync(root)
    .filter((id) => rendered.has(id) && statSync(join(root, id)).isDirectory())
    .map((id) => ({ params: { id, ext: findSourceFile(join(root, id), `content/sources/${id}`).name.slice('source.'.length) } }));
};

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(root, params.id!, `source.${params.ext!}`)));
