/** Where the built game keeps each language's scenario texts (scripts/vite-scenario-text.ts); null in dev and tests. */
declare module 'virtual:scenario-text' {
  export const urls: { readonly ru: string; readonly ar: string } | null;
}
