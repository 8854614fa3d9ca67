// The actor graph: actors are nodes, coded events are arrows from source to target, coloured by
// QuadClass and as wide as their number of events.
import cytoscape from 'cytoscape';

const QUAD = { 1: '#2a9d8f', 2: '#457b9d', 3: '#f4a261', 4: '#e63946' };
const LABELLED = 25;

export async function graph(el, query) {
  const res = await fetch('/api/graph?' + query);
  if (!res.ok) throw new Error(`graph: ${res.status}`);
  const g = await res.json();
  if (!g.nodes.length) {
    el.textContent = 'No events with both actors.';
    return null;
  }
  // Cytoscape adds a <style> to the head unless one with this id exists; the strict CSP forbids
  // that, and app.css already positions the container.
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    const placeholder = document.createElement('meta');
    placeholder.id = '__________cytoscape_stylesheet';
    document.head.append(placeholder);
  }
  const maxEvents = Math.max(...g.edges.map((e) => e.events));
  // Only the busiest actors are labelled at once; the others show theirs on hover, so labels
  // do not pile up around the centre of a large graph.
  const labelled = new Set([...g.nodes].sort((a, b) => b.events - a.events).slice(0, LABELLED).map((n) => n.id));
  const elements = [
    ...g.nodes.map((n) => ({
      data: { id: 'a:' + n.id, code: n.id, label: n.name && n.name !== n.id ? `${n.name} (${n.id})` : n.id, events: n.events },
      classes: labelled.has(n.id) ? 'labelled' : '',
    })),
    ...g.edges.map((e, i) => ({
      data: { id: 'e' + i, source: 'a:' + e.source, target: 'a:' + e.target, color: QUAD[e.quad] || '#999', width: 1 + (5 * e.events) / maxEvents, root: e.root },
    })),
  ];
  const cy = cytoscape({
    container: el,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: '', 'font-size': 10, color: '#1d1d1f', 'text-valign': 'bottom', 'text-margin-y': 2,
        'text-outline-color': '#fff', 'text-outline-width': 1.5, 'text-outline-opacity': 0.9,
        'background-color': '#1d3557', width: 'mapData(events, 1, 20, 8, 28)', height: 'mapData(events, 1, 20, 8, 28)' } },
      { selector: 'node.labelled, node.hover', style: { label: 'data(label)' } },
      { selector: 'node.hover', style: { 'z-index': 10, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.7, opacity: 0.8 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 20000,
      idealEdgeLength: () => 60, nodeOverlap: 20, componentSpacing: 40, gravity: 1, numIter: 1500, padding: 10 },
  });
  // labels keep a readable size on screen however far the graph is zoomed out to fit
  const readable = () => cy.nodes().style('font-size', Math.min(Math.max(9, 10 / cy.zoom()), 20));
  readable();
  cy.on('zoom', readable);
  cy.on('mouseover', 'node', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
  cy.on('tap', 'node', (ev) => {
    const params = new URLSearchParams(query);
    params.set('actor', ev.target.data('code'));
    window.location.href = '/events?' + params;
  });
  el.dataset.nodes = String(g.nodes.length);
  el.dataset.edges = String(g.edges.length);
  return cy;
}
