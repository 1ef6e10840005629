import { readHtml } from '../src/lib/sources/html.ts';
import { makeHtml } from '../tests/make-sources.ts';
const PARAS = [['一、总体要求'], ['坚持稳中求进，推动城市高质量发展。'], ['二、主要任务']];
console.log(readHtml(makeHtml(PARAS, { title: 'T标题', published: '2026-01-21T10:09', source: '山东省人民政府办公厅' }), 'x').raw);
const page = `<html><head><meta charset="utf-8"><title>政策文件</title></head><body><ul>${'<li><a href="/a">关于做好有关工作的通知</a></li>'.repeat(30)}</ul></body></html>`;
console.log(readHtml(Buffer.from(page), 'x').raw.slice(0, 200));
