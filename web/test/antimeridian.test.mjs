// node --test: the antimeridian split keeps every ring inside [-180, 180] without wide jumps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { splitAntimeridian } from '../src/antimeridian.js';

function rings(geometry) {
  return geometry.coordinates.flat();
}

test('a square across 180° is cut in two', () => {
  const square = { type: 'Polygon', coordinates: [[[170, 10], [-170, 10], [-170, -10], [170, -10], [170, 10]]] };
  const g = splitAntimeridian(square);
  assert.equal(g.coordinates.length, 2);
  const spans = g.coordinates.map(([r]) => [Math.min(...r.map((p) => p[0])), Math.max(...r.map((p) => p[0]))]).sort((a, b) => a[0] - b[0]);
  assert.deepEqual(spans, [[-180, -170], [170, 180]]);
});

test('a polygon away from 180° is unchanged', () => {
  const ring = [[10, 10], [20, 10], [20, 20], [10, 10]];
  assert.deepEqual(splitAntimeridian({ type: 'Polygon', coordinates: [ring] }).coordinates, [[ring]]);
});

test('no world-atlas country ring jumps across the map', () => {
  const topo = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-110m.json', import.meta.url)));
  for (const f of feature(topo, topo.objects.countries).features) {
    if (!f.geometry) continue;
    for (const ring of rings(splitAntimeridian(f.geometry))) {
      for (let i = 0; i < ring.length; i++) {
        const [lon] = ring[i];
        assert.ok(lon >= -180 && lon <= 180, `${f.properties.name}: longitude ${lon}`);
        const along = Math.abs(ring[i][1]) === 90 && ring[i][1] === ring[i - 1]?.[1]; // the edge of a polar cap
        if (i > 0 && !along) assert.ok(Math.abs(lon - ring[i - 1][0]) <= 180, `${f.properties.name}: jump at ${i}`);
      }
    }
  }
});
