import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../test/fixtures/samples/persona.js';
import {
  NameIndex,
  handleMatchesName,
  looksLikeHandle,
  nameKey,
  namesMatch,
  nameTokens,
  normalizeName,
} from './names.js';

describe('normalizeName', () => {
  it.each([
    ['Zoë Ångström', 'zoe angstrom'],
    ['  ZOË   ÅNGSTRÖM ', 'zoe angstrom'],
    ['Ångström, Zoë', 'zoe angstrom'],
    ['Dr. Priya Raman', 'priya raman'],
    ['Priya Raman, PhD, MBA', 'priya raman'],
    ['Sam O’Neil', 'sam oneil'],
    ["Sam O'Neil Jr.", 'sam oneil'],
    ['Jean-Luc Picard', 'jean luc picard'],
    ['Jürgen Weiß', 'jurgen weiss'],
    ['Łukasz Żółw', 'lukasz zolw'],
    ['Taylor Brooks | Hiring Senior Engineers', 'taylor brooks'],
    ['Casey (CJ) Jordan', 'casey jordan'],
    ['李伟', '李伟'],
    ['李 伟', '李伟'],
    ['Дмитрий Волков', 'dmitrii volkov'],
    ['Γιώργος Παπαδόπουλος', 'giorgos papadopoulos'],
    ['Ｒｉｌｅｙ　Ｃｈｅｎ', 'riley chen'],
    ['🚀', ''],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps a lone title that is the whole name', () => {
    expect(normalizeName('Doctor')).toBe('doctor');
    expect(nameTokens('Dr.')).toEqual(['dr']);
  });
});

describe('nameKey', () => {
  it('drops middle names so variants share a key', () => {
    expect(nameKey('Jordan Alexander Lee')).toBe('jordan lee');
    expect(nameKey('jordan lee')).toBe('jordan lee');
    expect(nameKey('Lee, Jordan A.')).toBe('jordan lee');
    expect(nameKey('李伟')).toBe('李伟');
    expect(nameKey('Noor')).toBe('noor');
  });
});

describe('namesMatch', () => {
  it.each([
    // a, b, match, exact, reason contains
    ['Jordan Lee', 'Jordan Lee', true, true, 'same name'],
    ['jordan lee', 'Jordan LEE', true, true, 'case, accents'],
    ['Zoë Ångström', 'Zoe Angstrom', true, true, 'accents'],
    ['Ångström, Zoë', 'Zoë Ångström', true, true, 'punctuation'],
    ['Jordan A. Lee', 'Jordan Lee', true, false, 'middle name left out'],
    ['Jordan Alexander Michael Lee', 'Jordan Lee', true, false, 'middle names left out'],
    ['J. Lee', 'Jordan Lee', true, false, 'initial J. could be Jordan'],
    ['Jordan A. Lee', 'Jordan Alexander Lee', true, false, 'initials'],
    ['Raman Priya', 'Priya Raman', true, false, 'another order'],
    ['Дмитрий Волков', 'Dmitri Volkov', true, false, 'another script'],
    ['Dmitriy Volkov', 'Дмитрий Волков', true, false, 'another script'],
    ['李伟', '李 伟', true, true, 'same name'],
    ['Jordan Lee', 'Jordan Leeds', false, false, 'different'],
    ['Jordan Lee', 'Morgan Lee', false, false, 'different'],
    ['K. Lee', 'Jordan Lee', false, false, 'different'],
    ['Riley', 'Riley Chen', false, false, 'only one name'],
    ['李伟', 'Wei Li', false, false, 'different'],
    ['李伟', '李明', false, false, 'different'],
    ['', 'Riley Chen', false, false, 'empty'],
    ['Pat Morgan', 'Alex Morgan', false, false, 'different'],
  ])('%s ~ %s', (a, b, match, exact, reason) => {
    const result = namesMatch(a, b);
    expect(result).toMatchObject({ match, exact });
    expect(result.reason).toContain(reason);
    // symmetric
    expect(namesMatch(b, a)).toMatchObject({ match, exact });
  });

  it('tells apart every person in the sample persona', () => {
    for (const a of PEOPLE) {
      for (const b of PEOPLE) {
        expect(namesMatch(a.name, b.name).match, `${a.name} ~ ${b.name}`).toBe(a === b);
      }
    }
  });
});

describe('NameIndex', () => {
  it('finds exact and tolerant matches, exact first, and nothing for strangers', () => {
    const index = new NameIndex<string>();
    index.add('Jordan Lee', 'linkedin');
    index.add('Jordan A. Lee', 'facebook');
    index.add('Zoë Ångström', 'instagram');
    index.add('李伟', 'facebook');
    index.add('', 'nobody');
    expect(index.size).toBe(4);

    const jordan = index.find('jordan lee');
    expect(jordan.map((hit) => hit.value)).toEqual(['linkedin', 'facebook']);
    expect(jordan[0]?.match.exact).toBe(true);
    expect(jordan[1]?.match.exact).toBe(false);

    expect(index.find('J. Lee').map((hit) => hit.value)).toEqual(['linkedin', 'facebook']);
    expect(index.find('ZOE ANGSTROM')[0]?.value).toBe('instagram');
    expect(index.find('李 伟')[0]?.value).toBe('facebook');
    expect(index.find('Morgan Lee')).toEqual([]);
    expect(index.find('')).toEqual([]);
  });
});

describe('handles', () => {
  it.each([
    ['chrisnovak.dev', 'Chris Novak', true],
    ['caseyjordan_', 'Casey Jordan', true],
    ['@patmorgan58', 'Pat Morgan', true],
    ['zoe.angstrom', 'Zoë Ångström', true],
    ['leejordan', 'Jordan Lee', true],
    ['dmitri_v_1987', 'Dmitri Volkov', false],
    ['liwei_sh', '李伟', false],
    ['caseyjordan_', 'Jordan Lee', false],
    ['alex', 'Al Ex', false],
    ['Chris Novak', 'Chris Novak', false],
  ])('%s ~ %s → %s', (handle, name, match) => {
    const result = handleMatchesName(handle, name);
    expect(result.match).toBe(match);
    expect(result.exact).toBe(false);
  });

  it('tells handles from names', () => {
    expect(looksLikeHandle('taylorbrooks.recruits')).toBe(true);
    expect(looksLikeHandle('noor')).toBe(true);
    expect(looksLikeHandle('Taylor Brooks')).toBe(false);
    expect(looksLikeHandle('Noor')).toBe(false);
    expect(looksLikeHandle('李伟')).toBe(false);
  });
});
