// node scripts/serve.ts [dir] [port] [base]: serve a build on 127.0.0.1.
import { serve } from '../src/lib/serve.ts';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
serve(dir, { base, port: Number(port) }).then((s) => console.log(`serving ${dir} at ${s.url}`));
