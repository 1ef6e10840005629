import { ContentError } from '../schema/friendly.ts';

/**
 * A failure of the printable kit, in the content errors' form (file[:line]: [field: ]detail), so a missing glyph or a
 * page linking a PDF that was not rendered reads like a broken source, and every handler of ContentError catches it.
 */
export class KitError extends ContentError {
  constructor(file: string, line: number | undefined, field: string | undefined, detail: string, options?: ErrorOptions) {
    super(file, line, field, detail, options);
    this.name = 'KitError';
  }
}
