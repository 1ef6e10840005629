/** A title in book-title marks; marks inside it become the inner pair: 《〈关于…的实施意见〉政策例行吹风会文字实录》. */
export const bookTitle = (title: string): string => `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;

/** 2026-01-21 → 2026年1月21日, as a citation writes it. */
export const longDate = (iso: string): string => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');
