import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { colourClasses, colourOf, splitLabel, toWorld, ZERO_COLOUR, type LonLat, type WorldTopology } from './geo';

// The generated map (scripts/build-map.mjs) must follow Viet Nam's official position.
const topo = JSON.parse(readFileSync(fileURLToPath(new URL('./world-vn.json', import.meta.url)), 'utf8')) as WorldTopology;
const { features, archipelagos } = toWorld(topo);
const byCode = (code: string) => features.find((f) => f.id === code)!;

const hoangSa: [string, LonLat][] = [
  ['16.5°N 112.0°E', [112.0, 16.5]],
  ['Phú Lâm (Woody Island)', [112.34, 16.83]],
  ['Hoàng Sa (Pattle Island)', [111.6, 16.53]],
  ['Tri Tôn (Triton Island)', [111.2, 15.78]],
];
const truongSa: [string, LonLat][] = [
  ['Ba Bình (Itu Aba)', [114.36, 10.38]],
  ['Trường Sa Lớn (Spratly Island)', [111.92, 8.64]],
  ['Song Tử Tây', [114.33, 11.43]],
  ['Đá Vành Khăn (Mischief Reef)', [115.53, 9.9]],
];

describe('world map', () => {
  it('has one feature per ISO alpha-2 code and none wound inside out', () => {
    const codes = features.map((f) => f.id).filter(Boolean) as string[];
    expect(codes.length).toBeGreaterThan(220);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    for (const c of ['VN', 'CN', 'LA', 'KH', 'FR', 'US', 'CU', 'TW', 'PS', 'SG', 'MO']) expect(codes, c).toContain(c);
    expect(features.filter((f) => !(geoArea(f) > 0 && geoArea(f) < 2 * Math.PI)).map((f) => f.id)).toEqual([]);
  });

  it.each([...hoangSa, ...truongSa])('%s is in Viet Nam and in no other feature', (_name, point) => {
    expect(geoContains(byCode('VN'), point)).toBe(true);
    expect(geoContains(byCode('CN'), point)).toBe(false);
    expect(features.filter((f) => geoContains(f, point)).map((f) => f.id)).toEqual(['VN']);
  });

  it("draws no Chinese territory in the Bien Dong: no nine-dash line, China's southernmost land is Hainan", () => {
    const cn = byCode('CN').geometry;
    const polygons = cn.type === 'MultiPolygon' ? cn.coordinates : cn.type === 'Polygon' ? [cn.coordinates] : [];
    const south = Math.min(...polygons.map((p) => geoBounds({ type: 'Polygon', coordinates: p })[0][1]));
    expect(south).toBeGreaterThan(18);
    // Only polygons (no lines or stray points) anywhere in the map.
    expect(features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('anchors the archipelago labels in the archipelagos', () => {
    const [hx, hy] = archipelagos.hoangSa;
    const [tx, ty] = archipelagos.truongSa;
    expect(hx > 111 && hx < 113 && hy > 15.7 && hy < 17.2).toBe(true);
    expect(tx > 111.5 && tx < 116.5 && ty > 7 && ty < 11.8).toBe(true);
  });
});

describe('colour classes', () => {
  it('splits counts into at most five classes and draws zero apart', () => {
    expect(colourClasses({})).toEqual([]);
    const one = colourClasses({ VN: 1, FR: 1 });
    expect(one).toHaveLength(1);
    expect(colourOf(1, one)).not.toBe(ZERO_COLOUR);
    expect(colourOf(0, one)).toBe(ZERO_COLOUR);
    expect(colourOf(undefined, one)).toBe(ZERO_COLOUR);
    const many = colourClasses({ A: 1, B: 100 });
    expect(many.map((c) => [c.from, c.to])).toEqual([
      [1, 20],
      [21, 40],
      [41, 60],
      [61, 80],
      [81, 100],
    ]);
    expect(new Set(many.map((c) => c.colour)).size).toBe(5);
    expect(colourOf(100, many)).toBe(many[4]!.colour);
    expect(colourClasses({ A: 3 }).map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });
});

describe('archipelago labels', () => {
  it('break before the bracket nearest the middle', () => {
    expect(splitLabel('Quần đảo Hoàng Sa (Việt Nam)')).toEqual(['Quần đảo Hoàng Sa', '(Việt Nam)']);
    expect(splitLabel('Hoang Sa (Paracel) Islands (Viet Nam)')).toEqual(['Hoang Sa (Paracel) Islands', '(Viet Nam)']);
    expect(splitLabel('Archipel de Truong Sa (Spratleys) (Viet Nam)')).toEqual(['Archipel de Truong Sa', '(Spratleys) (Viet Nam)']);
    expect(splitLabel('Spratly')).toEqual(['Spratly', '']);
  });
});
