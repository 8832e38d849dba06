import winkSentiment from 'wink-sentiment';

/**
 * Overall sentiment of a text, from −1 (hostile) to +1 (warm): wink-sentiment (AFINN-165 words and the Emoji
 * Sentiment Ranking, with negation). Chosen over vader-sentiment by measurement on the complaints train part (AUC
 * 0.67 vs 0.64 for telling complaints apart) and speed (~25 vs ~220 µs of CPU per post). A feature, not a verdict: it
 * reads idioms literally ("kick ass" is negative to it), so detectors use it only beside their own cues. Texts are cut
 * to their first 1,000 characters: enough for a post, and bounded on huge ones.
 */
export function sentimentOf(text: string): number {
  const { normalizedScore } = winkSentiment(text.slice(0, 1000));
  return Math.max(-1, Math.min(1, normalizedScore / 5));
}
