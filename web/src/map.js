// The map: country outlines from world-atlas (no tile server), cut at the antimeridian, and a
// circle per event place sized by its number of events.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import { splitAntimeridian } from './antimeridian.js';

export async function map(el, query) {
  const m = L.map(el, { worldCopyJump: false, maxBounds: [[-90, -200], [90, 200]], minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
  m.attributionControl.addAttribution('Outlines: Natural Earth');
  const world = feature(countries, countries.objects.countries);
  world.features = world.features
    .filter((f) => f.geometry && f.properties.name !== 'Antarctica') // no news there, and it dwarfs the rest in Mercator
    .map((f) => ({ ...f, geometry: splitAntimeridian(f.geometry) }));
  L.geoJSON(world, { style: { color: '#8a9bb0', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false, className: 'country' }).addTo(m);
  m.fitBounds([[-55, -170], [75, 180]]);

  const res = await fetch('/api/places?' + query);
  if (!res.ok) throw new Error(`places: ${res.status}`);
  const { places } = await res.json();
  for (const p of places) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    L.circleMarker([p.lat, p.lon], { radius: 4 + 3 * Math.sqrt(p.events), color: '#9d0208', weight: 1, fillColor: '#e63946', fillOpacity: 0.6, className: 'place' })
      .bindTooltip(text(`${p.place}: ${p.events} event${p.events === 1 ? '' : 's'}`))
      .bindPopup(popup(p, query))
      .addTo(m);
  }
  el.dataset.places = String(places.length);
  return m;
}

// text is a node holding s as text: Leaflet treats strings as HTML, and place names come from
// untrusted articles.
function text(s) {
  const span = document.createElement('span');
  span.textContent = s;
  return span;
}

function popup(p, query) {
  const div = document.createElement('div');
  const strong = document.createElement('strong');
  strong.textContent = p.place;
  const params = new URLSearchParams(query);
  params.set('place', p.place);
  const a = document.createElement('a');
  a.href = '/events?' + params;
  a.textContent = `${p.events} event${p.events === 1 ? '' : 's'}`;
  div.append(strong, ` (${p.country}) · `, a);
  return div;
}
