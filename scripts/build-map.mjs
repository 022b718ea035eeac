#!/usr/bin/env node
// Builds web/src/ui/map/world-vn.json, the world map Amity draws, from Natural
// Earth (world-atlas, 1:50m), following Viet Nam's official position:
// - the Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos are part of Viet
//   Nam: their islands are taken out of whatever feature holds them (Natural
//   Earth puts the Paracels inside China's multipolygon and the Spratlys in a
//   feature of their own) and added to VN's geometry;
// - there is no nine-dash line (Natural Earth's admin-0 polygons carry none);
// - Kosovo, Northern Cyprus and Somaliland, which Viet Nam does not recognise,
//   are drawn within Serbia, Cyprus and Somalia.
// Every feature's id is its ISO 3166-1 alpha-2 code. The output is deterministic
// and committed; web's prebuild/predev/pretest run this again (about a second).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { hoangSa, truongSa, boxes } from './map-islands.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'web', 'package.json'));
const { feature, merge } = require('topojson-client');
const { topology } = require('topojson-server');
const { presimplify, simplify } = require('topojson-simplify');
const { geoArea, geoContains } = require('d3-geo');
const iso = require('i18n-iso-countries/index.js');
const OUT = path.join(root, 'web', 'src', 'ui', 'map', 'world-vn.json');

const atlas = (scale) => JSON.parse(fs.readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
const base = atlas('50m');
const fine = atlas('10m'); // only for the small islands, which the 1:50m data leaves out

/** Non-recognised entities drawn within the state Viet Nam recognises (world-atlas names them, without an id). */
const absorbedInto = { Kosovo: '688', 'N. Cyprus': '196', Somaliland: '706' };
const VN = '704';

// 1. Merge the absorbed entities along their shared arcs, so no border is drawn between them.
const geoms = base.objects.countries.geometries;
const features = [];
for (const g of geoms) {
  const name = g.properties?.name;
  if (name in absorbedInto) continue;
  const absorbed = Object.entries(absorbedInto).filter(([, id]) => id === g.id).map(([n]) => geoms.find((x) => x.properties?.name === n));
  const geometry = absorbed.length ? merge(base, [g, ...absorbed]) : feature(base, g).geometry;
  features.push({ type: 'Feature', id: g.id, properties: {}, geometry });
}

// 2. Take every polygon lying wholly inside an archipelago's box out of its feature (in both scales).
const polygonsOf = (geometry) =>
  geometry == null ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
const inside = (polygon, [w, s, e, n]) => polygon[0].every(([x, y]) => x >= w && x <= e && y >= s && y <= n);
const islandOutlines = { hoangSa: [], truongSa: [] };
function takeIslands(feat, label) {
  const keep = [];
  for (const polygon of polygonsOf(feat.geometry)) {
    const arch = Object.keys(boxes).find((k) => inside(polygon, boxes[k]));
    if (arch) {
      islandOutlines[arch].push(polygon);
      if (label) console.log(`[build-map] moved a ${arch} polygon from ${label} to VN`);
    } else keep.push(polygon);
  }
  return keep;
}
for (const f of features) {
  if (f.id === VN) continue;
  const keep = takeIslands(f, `feature ${f.id}`);
  f.geometry = keep.length ? { type: 'MultiPolygon', coordinates: keep } : null;
}
for (const f of feature(fine, fine.objects.countries).features) takeIslands(f);

// 3. Each archipelago becomes dots around its islands: overlapping dots are merged
//    into one convex outline, so the multipolygon stays valid.
const RADIUS = 0.25; // degrees, about 28 km: visible at world scale
function circle([x, y], r = RADIUS, n = 16) {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [x + (r * Math.cos(a)) / Math.cos((y * Math.PI) / 180), y + r * Math.sin(a)];
  });
}
function hull(points) {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts) => {
    const h = [];
    for (const q of pts) {
      while (h.length >= 2 && cross(h.at(-2), h.at(-1), q) <= 0) h.pop();
      h.push(q);
    }
    return h.slice(0, -1);
  };
  return [...half(p), ...half([...p].reverse())]; // counter-clockwise
}
const ringContains = (ring, [x, y]) => {
  let inRing = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inRing = !inRing;
  }
  return inRing;
};
const round = (v) => Math.round(v * 1e4) / 1e4;
function archipelago(points) {
  // Start with one cluster per dot; merge any two whose outlines touch, until none do.
  let clusters = points.map((p) => circle(p));
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = hull(clusters[i]);
        const b = hull(clusters[j]);
        if (a.some((q) => ringContains(b, q)) || b.some((q) => ringContains(a, q))) {
          clusters[i] = [...a, ...b];
          clusters.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  // d3-geo wants exterior rings clockwise (as seen on a map): reverse the hull, close the ring.
  return clusters
    .map((c) => hull(c).map(([x, y]) => [round(x), round(y)]).reverse())
    .map((ring) => [[...ring, ring[0]]])
    .sort((a, b) => a[0][0][0] - b[0][0][0] || a[0][0][1] - b[0][0][1]);
}
const islandPoints = (arch, gazetteer) => [...gazetteer, ...islandOutlines[arch].flatMap((polygon) => polygon[0])];

// 4. ISO alpha-2 ids; Antarctica is left out (it would take a fifth of the map and no partner lives there).
//    Two features with one code (Australia and its Ashmore and Cartier Islands) become one.
const out = [];
for (const f of features) {
  if (!f.geometry) continue;
  const code = f.id ? iso.numericToAlpha2(f.id) : undefined;
  if (code === 'AQ') continue;
  const same = code && out.find((o) => o.id === code);
  if (same) same.geometry = { type: 'MultiPolygon', coordinates: [...polygonsOf(same.geometry), ...polygonsOf(f.geometry)] };
  else out.push({ type: 'Feature', ...(code ? { id: code } : {}), properties: {}, geometry: f.geometry });
}

// 5. Simplify the outlines a little (the map is drawn about a thousand pixels wide), shared
//    borders alike; the archipelagos' dots are added after, untouched.
const MIN_AREA = 0.002; // square degrees
const pre = presimplify(topology({ c: { type: 'FeatureCollection', features: out } }));
const simple = feature(simplify(pre, MIN_AREA), pre.objects.c).features;
// Small island states would vanish: they keep their full outline.
for (const [i, f] of out.entries()) if (geoArea(simple[i]) > 0.8 * geoArea(f)) f.geometry = simple[i].geometry;
const vn = out.find((f) => f.id === 'VN');
vn.geometry = {
  type: 'MultiPolygon',
  coordinates: [...polygonsOf(vn.geometry), ...archipelago(islandPoints('hoangSa', hoangSa)), ...archipelago(islandPoints('truongSa', truongSa))],
};

// 6. Check the result before writing it: nothing inside out, every island in VN and in no other feature.
for (const f of out) {
  if (geoArea(f) > 2 * Math.PI) throw new Error(`feature ${f.id ?? '?'} is wound the wrong way`);
}
for (const p of [...hoangSa, ...truongSa]) {
  const holders = out.filter((f) => geoContains(f, p)).map((f) => f.id ?? '?');
  if (holders.length !== 1 || holders[0] !== 'VN') throw new Error(`island at ${p} is in ${holders.join(', ') || 'no feature'}`);
}

const centre = (pts) => pts.reduce((a, p) => [a[0] + p[0] / pts.length, a[1] + p[1] / pts.length], [0, 0]).map(round);
const topo = topology({ countries: { type: 'FeatureCollection', features: out } }, 3e4); // 3e4: no small island state collapses
// Label anchors for the two archipelagos, read by WorldMap.
topo.archipelagos = { hoangSa: centre(hoangSa), truongSa: centre(truongSa) };
fs.mkdirSync(path.dirname(OUT), { recursive: true });
const text = `${JSON.stringify(topo)}\n`;
if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== text) fs.writeFileSync(OUT, text);
console.log(`[build-map] ${path.relative(root, OUT)}: ${out.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
