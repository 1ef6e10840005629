declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[]; keepFeatures?: string[]; noLayoutClosure?: boolean },
  ): Promise<Uint8Array>;
}
