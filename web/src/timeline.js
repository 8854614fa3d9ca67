// The timeline: events per day matching the page's filters, from /api/stats/timeline, one line per country involved (the
// busiest few, the rest summed as "other"), days without events as zeros.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY = 86400;
const COLORS = ['#1d3557', '#e63946', '#2a9d8f', '#f4a261', '#6a4c93', '#8ab17d', '#888888'];
const TOP = 6;

export async function timeline(el, query) {
  const params = new URLSearchParams(query);
  const keep = new URLSearchParams();
  for (const [k, v] of params) if (v && k !== 'limit' && k !== 'offset') keep.set(k, v);
  const res = await fetch('/api/stats/timeline?' + keep);
  if (!res.ok) throw new Error(`timeline: ${res.status}`);
  const { counts } = await res.json();
  const data = series(counts);
  if (!data) {
    el.textContent = 'No events to chart.';
    return null;
  }
  const [xs, labels, ys] = data;
  const opts = {
    width: el.clientWidth || 800,
    height: 260,
    scales: { x: { time: true } },
    // counts are per UTC day: ticks fall on whole days and read as dates, never as hours
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
    axes: [
      { space: 80, incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 365 * DAY], values: (u, splits) => splits.map(dayLabel) },
      { label: 'events', size: 50 },
    ],
    cursor: { drag: { x: true, y: false } },
    series: [{}, ...labels.map((label, i) => ({ label, stroke: COLORS[i % COLORS.length], width: 1.5, points: { size: 4 } }))],
  };
  const plot = new uPlot(opts, [xs, ...ys], el);
  const [lo, hi] = busiest(ys);
  if (lo > 0 || hi < xs.length - 1) plot.setScale('x', { min: xs[lo], max: xs[hi] });
  new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: 260 })).observe(el);
  return plot;
}

// dayLabel writes a tick (seconds) as its UTC date.
export function dayLabel(t) {
  return new Date(t * 1000).toISOString().slice(0, 10);
}

// busiest is the range of day indexes holding the middle 90% of the events, padded by a few
// days: the first view, so that a few stray dates do not squeeze the rest into one spike.
export function busiest(ys) {
  const days = ys[0].length;
  const perDay = Array.from({ length: days }, (_, i) => ys.reduce((s, y) => s + y[i], 0));
  const total = perDay.reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = days - 1;
  for (let i = 0, seen = 0; i < days; i++) {
    seen += perDay[i];
    if (seen > total * 0.05) { lo = i; break; }
  }
  for (let i = days - 1, seen = 0; i >= 0; i--) {
    seen += perDay[i];
    if (seen > total * 0.05) { hi = i; break; }
  }
  return [Math.max(0, lo - 3), Math.min(days - 1, hi + 3)];
}

// series turns the day × country × root counts into uPlot columns: x (seconds), the labels, and
// one column per label. Null when there is nothing to chart.
export function series(counts) {
  if (!counts.length) return null;
  const perCountry = new Map();
  let first = Infinity;
  let last = -Infinity;
  for (const c of counts) {
    const t = Date.parse(c.day + 'T00:00:00Z') / 1000;
    if (!Number.isFinite(t)) continue;
    first = Math.min(first, t);
    last = Math.max(last, t);
    const country = /^[A-Z]{3}$/.test(c.country) ? c.country : 'other';
    perCountry.set(country, (perCountry.get(country) || 0) + c.n);
  }
  if (!Number.isFinite(first)) return null;
  const ranked = [...perCountry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const labels = ranked.length > TOP + 1 ? [...ranked.slice(0, TOP).filter((c) => c !== 'other'), 'other'] : ranked;
  const index = new Map(labels.map((l, i) => [l, i]));
  const days = Math.min(Math.round((last - first) / DAY) + 1, 20000);
  const xs = Array.from({ length: days }, (_, i) => first + i * DAY);
  const ys = labels.map(() => new Array(days).fill(0));
  for (const c of counts) {
    const i = Math.round((Date.parse(c.day + 'T00:00:00Z') / 1000 - first) / DAY);
    if (!(i >= 0 && i < days)) continue;
    const k = index.has(c.country) ? index.get(c.country) : index.get('other');
    ys[k][i] += c.n;
  }
  return [xs, labels, ys];
}
