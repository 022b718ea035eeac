// ISO 639-1 language codes; their names come from the browser (Intl.DisplayNames) in the UI language.
const CODES =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
  'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ' +
  'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os ' +
  'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ' +
  'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

export const LANGUAGE_CODES: readonly string[] = CODES.split(' ');

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLang: string): Intl.DisplayNames | null {
  if (!cache.has(uiLang)) {
    try {
      cache.set(uiLang, new Intl.DisplayNames([uiLang, 'en'], { type: 'language', fallback: 'code' }));
    } catch {
      cache.set(uiLang, null);
    }
  }
  return cache.get(uiLang)!;
}

/** "Tiếng Lào", "Lao", "lao" for `lo`; the code itself when the browser does not know it. */
export function languageName(code: string, uiLang: string): string {
  const name = displayNames(uiLang)?.of(code);
  if (!name || name === code) return code;
  // Intl gives lower-case names in French ("lao"); a capital reads better in a list.
  return name.charAt(0).toLocaleUpperCase(uiLang) + name.slice(1);
}

/** Select options sorted by name in the UI language; label "Lao (lo)". */
export function languageOptions(uiLang: string): { value: string; label: string }[] {
  return LANGUAGE_CODES.map((code) => ({ value: code, label: `${languageName(code, uiLang)} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label, uiLang),
  );
}
