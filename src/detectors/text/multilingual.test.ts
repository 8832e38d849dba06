import { describe, expect, it } from 'vitest';
import type { CategoryId, Severity } from '../../core/categories.js';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { TEXT_DETECTORS } from '../index.js';
import { detectItem } from '../run.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { multilingualDetector } from './multilingual.js';

/** [platform language tag, text, category, evidence that must be among the spans, severity] */
const INVALID: readonly [string, string, CategoryId, string, Severity][] = [
  ['de', 'Was für ein Scheißtag heute', 'profanity', 'Scheißtag', 'medium'],
  ['de', 'Mein Chef ist ein Vollidiot', 'employer-criticism', 'Chef', 'medium'],
  ['de', 'Du bist so ein Hurensohn', 'profanity', 'Hurensohn', 'high'],
  ['de', 'Gestern so besoffen gewesen', 'alcohol', 'besoffen', 'medium'],
  ['de', 'Am Wochenende nur gekifft', 'drugs', 'gekifft', 'medium'],
  ['de', 'Heute wieder #scheißjob', 'employer-criticism', 'scheißjob', 'medium'],
  ['es', 'Qué resaca tengo hoy', 'alcohol', 'resaca', 'medium'],
  ['es', 'Odio mi trabajo, mi jefe es un inútil', 'employer-criticism', 'jefe', 'medium'],
  ['es', 'Joder, otra vez tarde', 'profanity', 'Joder', 'medium'],
  ['es', 'eres un hijo de puta', 'profanity', 'hijo de puta', 'high'],
  ['es', '@pepe eres un idiota', 'insult', 'idiota', 'medium'],
  ['fr', 'Putain, encore en retard', 'profanity', 'Putain', 'medium'],
  ['fr', 'Mon patron est un vrai connard', 'employer-criticism', 'connard', 'medium'],
  ['fr', "J'ai la gueule de bois ce matin", 'alcohol', 'gueule de bois', 'medium'],
  ['fr', 'On a fumé un joint hier soir', 'drugs', 'joint', 'medium'],
  ['it', 'Che stronzi i miei colleghi', 'profanity', 'stronzi', 'medium'],
  ['it', 'Odio questo lavoro', 'employer-criticism', 'lavoro', 'medium'],
  ['it', 'Ieri sera ero troppo ubriaco', 'alcohol', 'ubriaco', 'medium'],
  ['pt', 'Que merda de dia', 'profanity', 'merda', 'medium'],
  ['pt', 'Odeio o meu chefe', 'employer-criticism', 'chefe', 'medium'],
  ['pt', 'Que ressaca, bebi demais', 'alcohol', 'ressaca', 'medium'],
  ['pt', 'Fumei um baseado ontem', 'drugs', 'baseado', 'medium'],
  ['nl', 'Wat een kutweer vandaag', 'profanity', 'kutweer', 'medium'],
  ['nl', 'Mijn baas is een klootzak', 'employer-criticism', 'baas', 'medium'],
  ['nl', 'Gisteren zo dronken geworden', 'alcohol', 'dronken', 'medium'],
  ['nl', 'Lekker blowen in het park', 'drugs', 'blowen', 'medium'],
];

/** [platform language tag, text]: ordinary posts, including words the lists hold in another sense. */
const VALID: readonly [string, string][] = [
  ['es', 'Me encanta este sitio, son muy amables'],
  ['nl', 'Hoi schatje, tot straks!'],
  ['nl', 'Ik heb er echt van balen vandaag'],
  ['pt', 'Vamos comer um bolo com os colegas e um café'],
  ['it', 'Una cena di pesce con la regina del mare'],
  ['de', 'Nackt baden im See war herrlich'],
  ['es', 'El martillo está en la caja'],
  ['fr', 'Mon chef a fait un super gâteau pour l’équipe'],
  ['de', 'Folgt @scheisse_memes für mehr https://t.co/Arschloch'],
];

describe('text/multilingual', () => {
  it.each(INVALID)('[%s] flags %j', (lang, text, category, evidence, severity) => {
    const hits = multilingualDetector
      .detect(itemOf(text, { lang }), EMPTY_CONTEXT)
      .filter((d) => d.category === category);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.ruleId).toBe('text/multilingual');
    expect(hits[0]?.severity).toBe(severity);
    const spans = hits[0]?.evidence ?? [];
    expect(spans.map((s) => s.text)).toContain(evidence);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each(VALID)('[%s] passes %j', (lang, text) => {
    expect(multilingualDetector.detect(itemOf(text, { lang }), EMPTY_CONTEXT)).toEqual([]);
  });

  it('runs in the engine on the item language only, and English lists stay out of those posts', () => {
    const german = detectItem(TEXT_DETECTORS, itemOf('Mein Chef ist ein Vollidiot', { lang: 'de' }), EMPTY_CONTEXT);
    expect(german.detections.map((d) => d.ruleId)).toEqual(['text/multilingual']);
    const english = detectItem(
      TEXT_DETECTORS,
      itemOf('Putain is a word I learned in Paris', { lang: 'en' }),
      EMPTY_CONTEXT,
    );
    expect(english.detections.map((d) => d.ruleId)).not.toContain('text/multilingual');
  });
});
