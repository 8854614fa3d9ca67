// world-atlas stitches the polygons that cross the antimeridian (Russia, Fiji, Antarctica), so a
// ring may jump from 180° to -180°: drawn on a flat map, such a ring smears across the whole
// world. splitAntimeridian unwraps each ring's longitudes so they run on without jumps, then
// cuts the ring into the pieces that fall in each 360° window, shifted back into [-180, 180].

// unwrap makes a ring's longitudes continuous: no step is wider than 180°.
export function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const prev = out[i - 1][0];
    let lon = ring[i][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

// clip keeps the part of a ring west (or east) of the meridian x: Sutherland–Hodgman against
// one edge, which is exact for any simple polygon.
function clip(ring, x, west) {
  const inside = (p) => (west ? p[0] <= x : p[0] >= x);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (x - a[0]) / (b[0] - a[0]);
      out.push([x, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length < 3) return null;
  out.push(out[0]);
  return out;
}

// pieces cuts an unwrapped ring into the parts inside [-180, 180] after shifting by 0, ±360.
function pieces(ring) {
  const lons = ring.map((p) => p[0]);
  if (Math.min(...lons) >= -180 && Math.max(...lons) <= 180) return [[0, ring]];
  const out = [];
  for (const shift of [-360, 0, 360]) {
    const moved = ring.map(([lon, lat]) => [lon + shift, lat]);
    const west = clip(moved, 180, true);
    const piece = west && clip(west, -180, false);
    if (piece) out.push([shift, piece]);
  }
  return out;
}

// closePolar closes a ring that goes once around a pole (its unwrapped ends are 360° apart)
// along the pole, so that it bounds the polar cap instead of a sliver.
function closePolar(ring) {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const pole = ring.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
  return [...ring.slice(0, -1), [last[0], pole], [first[0], pole], first];
}

// splitAntimeridian returns a (Multi)Polygon geometry as a MultiPolygon none of whose rings
// crosses the antimeridian. Holes stay with the piece of their outer ring they overlap.
export function splitAntimeridian(geometry) {
  if (!geometry) return geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const [outer, ...holes] of polygons) {
    const holePieces = holes.flatMap((h) => pieces(unwrap(h)).map(([, p]) => p));
    for (const [, piece] of pieces(closePolar(unwrap(outer)))) {
      const [minLon, maxLon] = extent(piece);
      const inner = holePieces.filter((h) => {
        const [a, b] = extent(h);
        return a >= minLon && b <= maxLon;
      });
      out.push([piece, ...inner]);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

function extent(ring) {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  return [min, max];
}
