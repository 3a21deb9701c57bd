/** Words in other scripts and accents: folded the same way at index and query time. */
import { describe, expect, it } from 'vitest';
import { matchedName } from '../../src/lib/search/names.ts';
import { indexWords, normaliseQuery } from '../../src/lib/search/normalise.ts';

describe('normalising words in the community languages', () => {
  it('drops Latin accents, including letters that do not decompose', () => {
    expect(normaliseQuery('Pielęgniarka')).toBe('pielegniarka');
    expect(normaliseQuery('hemşire')).toBe('hemsire');
    expect(normaliseQuery('Łódź opiekun')).toBe('lodz opiekun');
    expect(normaliseQuery('ENFERMERÍA')).toBe('enfermeria');
    expect(normaliseQuery('ırk')).toBe('irk');
  });

  it('keeps Arabic and Bengali words whole, folding Arabic vowel marks and letter forms', () => {
    expect(normaliseQuery('مُمَرِّضَة')).toBe(normaliseQuery('ممرضه'));
    expect(normaliseQuery('أخصائي')).toBe(normaliseQuery('اخصائي'));
    expect(indexWords('নার্স, সেবিকা')).toEqual([normaliseQuery('নার্স'), normaliseQuery('সেবিকা')]);
    expect(normaliseQuery('নার্স').length).toBeGreaterThan(2);
  });

  it('leaves English as it was', () => {
    expect(normaliseQuery('Healthcare Assistant (HCA)')).toBe('healthcare assistant hca');
  });

  it('says which community-language name matched', () => {
    const names = ['es:enfermera', 'pl:pielęgniarka', 'ar:ممرضة'];
    expect(matchedName(names, 'pielegniarka')).toEqual({ text: 'pielęgniarka', lang: 'pl' });
    expect(matchedName(names, 'ممرضة')).toEqual({ text: 'ممرضة', lang: 'ar' });
    expect(matchedName(names, 'nurse')).toBeUndefined();
  });
});
