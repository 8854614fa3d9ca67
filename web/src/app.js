// The dashboard's charts. Each reads the page's filters (data-query) and asks the JSON API; a
// chart that fails says so in its own box and leaves the others alone.
import { timeline } from './timeline.js';
import { map } from './map.js';
import { graph } from './graph.js';
import './app.css';

const dashboard = document.getElementById('dashboard');
if (dashboard) {
  const query = dashboard.dataset.query || '';
  for (const [id, draw] of [['timeline', timeline], ['map', map], ['graph', graph]]) {
    const el = document.getElementById(id);
    if (!el) continue;
    draw(el, query)
      .then(() => el.classList.add('ready'))
      .catch((err) => {
        el.textContent = `Could not draw the ${id}: ${err.message}`;
        el.classList.add('failed');
      });
  }
}
