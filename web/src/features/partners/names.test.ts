import { describe, expect, it } from 'vitest';
import { formatScore, partnerName, partnerSecondaryName, refName } from './names';

const china = { name: '中越友好协会', nameVi: 'Hội hữu nghị Trung – Việt', nameEn: '', nameFr: '', transliteration: 'Zhong Yue Youhao Xiehui' };

describe('partnerName', () => {
  it('uses the UI language when present', () => {
    expect(partnerName(china, 'vi')).toBe('Hội hữu nghị Trung – Việt');
  });
  it('falls back to the name as written', () => {
    expect(partnerName(china, 'en')).toBe('中越友好协会');
    expect(partnerName(china, 'fr')).toBe('中越友好协会');
  });
  it('falls back to any other name', () => {
    expect(partnerName({ name: '', nameVi: '', nameEn: '', nameFr: 'Mairie de Lyon', transliteration: '' }, 'en')).toBe('Mairie de Lyon');
    expect(partnerName({ transliteration: 'Obshchestvo druzhby' }, 'vi')).toBe('Obshchestvo druzhby');
    expect(partnerName({}, 'vi')).toBe('');
  });
  it('ignores blank names', () => {
    expect(partnerName({ name: 'Общество дружбы', nameEn: '  ' }, 'en')).toBe('Общество дружбы');
  });
});

describe('partnerSecondaryName', () => {
  it('shows the original script and the transliteration under a translated name', () => {
    expect(partnerSecondaryName(china, 'vi')).toBe('中越友好协会 · Zhong Yue Youhao Xiehui');
  });
  it('does not repeat the display name', () => {
    expect(partnerSecondaryName(china, 'en')).toBe('Zhong Yue Youhao Xiehui');
    expect(partnerSecondaryName({ name: 'UNESCO', nameEn: 'UNESCO' }, 'en')).toBe('');
  });
});

describe('refName', () => {
  const fr = { nameVi: 'Pháp', nameEn: 'France', nameFr: 'France' };
  it('picks the language and falls back', () => {
    expect(refName(fr, 'vi')).toBe('Pháp');
    expect(refName({ nameVi: '', nameEn: 'Laos', nameFr: '' }, 'fr')).toBe('Laos');
    expect(refName(null, 'vi', 'LA')).toBe('LA');
  });
});

describe('formatScore', () => {
  it('shows a percentage', () => {
    expect(formatScore(0.873)).toBe('87%');
    expect(formatScore(1)).toBe('100%');
    expect(formatScore(92)).toBe('92%');
    expect(formatScore(Number.NaN)).toBe('');
  });
});
