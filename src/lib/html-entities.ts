// The only module importing `entities`: character references in built pages (&amp;, &#x20000;, &nbsp; …) read as the
// browser reads them, instead of a hand-written subset per caller.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Text content (or a whole page's source) with every character reference decoded, as in an element's text. */
export const decodeText = (html: string): string => decodeHTML(html);

/** An attribute's raw value decoded, as the browser reads it (a bare `&copy=` in a URL stays as written). */
export const decodeAttribute = (value: string): string => decodeHTMLAttribute(value);
