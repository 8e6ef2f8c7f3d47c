/** The parts of `stopword` (no bundled types) text search uses: the stopword lists per language. */
declare module 'stopword' {
  export const eng: string[];
  export const dan: string[];
  export const swe: string[];
}
