/** wink-sentiment ships no types: the one call Decorum uses. */
declare module 'wink-sentiment' {
  function sentiment(text: string): { score: number; normalizedScore: number };
  export default sentiment;
}
