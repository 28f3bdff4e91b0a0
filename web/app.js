// The search page: plain modules over the JSON API, no framework and nothing from a CDN.
const view = document.getElementById('view');
const status = document.getElementById('status');
const form = document.getElementById('search');
const PAGE = 20;
const COLORS = { en: '#0b5cad', km: '#c2571a' };

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
};

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
  return body;
}

function quoteBlock(lang, text) {
  return el('blockquote', { lang, class: lang },
    el('div', { class: 'lang', text: lang === 'km' ? 'ខ្មែរ · Khmer' : 'English' }),
    el('p', { text }));
}

function hitCard(hit) {
  const halves = [{ lang: hit.lang, text: hit.text }];
  if (hit.alignedWith) halves.push({ lang: hit.alignedWith.lang, text: hit.alignedWith.text });
  halves.sort((a, b) => (a.lang === 'km' ? -1 : 1) - (b.lang === 'km' ? -1 : 1));
  const speaker = hit.speaker
    ? el('a', { href: `#/speakers/${hit.speaker.personId}`, text: [hit.speaker.names.en, hit.speaker.names.km].filter(Boolean).join(' · ') || hit.speaker.name })
    : el('span', { text: 'unattributed' });
  const source = `/releases/${hit.releaseId}/source?source=${hit.sourceId}${hit.page ? `#page=${hit.page}` : ''}`;
  return el('article', { class: 'hit' },
    el('div', { class: halves.length > 1 ? 'pair' : '' }, halves.map((h) => quoteBlock(h.lang, h.text))),
    el('div', { class: 'meta' },
      speaker,
      hit.speaker?.role ? el('span', { class: 'role', text: hit.speaker.role }) : null,
      hit.organization ? el('span', { text: hit.organization.acronym || hit.organization.name }) : null,
      el('time', { datetime: hit.date ?? undefined, text: hit.date ?? 'undated' }),
      el('span', { text: hit.kind }),
      el('a', { href: `/releases/${hit.releaseId}`, text: 'release JSON' }),
      el('a', { href: source, text: hit.page ? `source, page ${hit.page}` : 'source' })));
}

// A pair whose two halves both match is shown once.
function distinctPairs(hits) {
  const shown = new Set();
  return hits.filter((hit) => {
    if (shown.has(`${hit.releaseId}:${hit.index}`)) return false;
    shown.add(`${hit.releaseId}:${hit.index}`);
    if (hit.alignedWith) shown.add(`${hit.releaseId}:${hit.alignedWith.index}`);
    return true;
  });
}

async function showSearch(params) {
  for (const [k, v] of params) if (form.elements[k]) form.elements[k].value = v;
  if (![...params.keys()].length) {
    view.replaceChildren(el('p', { text: 'Search the quotes of every release, in Khmer or English. Press / to jump to the search box.' }));
    status.textContent = '';
    return;
  }
  const offset = Number(params.get('offset') ?? 0);
  params.set('limit', PAGE);
  status.textContent = 'Searching…';
  const page = await api(`/quotes?${params}`);
  const hits = distinctPairs(page.hits);
  status.textContent = `${page.total} quote${page.total === 1 ? '' : 's'} found`;
  const pager = el('nav', { class: 'pager', 'aria-label': 'pages' },
    offset > 0 ? el('button', { type: 'button', 'data-offset': Math.max(0, offset - PAGE), text: '← previous' }) : null,
    offset + PAGE < page.total ? el('button', { type: 'button', 'data-offset': offset + PAGE, text: 'next →' }) : null);
  pager.addEventListener('click', (event) => {
    const to = event.target.getAttribute('data-offset');
    if (to === null) return;
    params.set('offset', to);
    location.hash = `#/?${params}`;
  });
  view.replaceChildren(el('div', { id: 'results' }, hits.map(hitCard)), pager);
}

function timeline(rows) {
  const years = [...new Set(rows.map((r) => r.year ?? 'undated'))];
  const count = (year, lang) => rows.filter((r) => (r.year ?? 'undated') === year && r.lang === lang).reduce((n, r) => n + r.quotes, 0);
  const max = Math.max(1, ...years.map((y) => count(y, 'en') + count(y, 'km')));
  const width = Math.max(320, years.length * 70);
  const height = 180;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'timeline');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', years.map((y) => `${y}: ${count(y, 'en')} English, ${count(y, 'km')} Khmer`).join('; '));
  const add = (tag, attrs, text) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  add('line', { x1: 10, x2: width - 10, y1: height - 30, y2: height - 30, stroke: '#999' });
  years.forEach((year, i) => {
    const x = 20 + i * ((width - 40) / years.length);
    let y = height - 30;
    for (const lang of ['en', 'km']) {
      const n = count(year, lang);
      const h = (n / max) * (height - 70);
      y -= h;
      if (n) add('rect', { x, y, width: 36, height: h, fill: COLORS[lang] }, undefined);
      if (n) add('text', { x: x + 40, y: y + h / 2 + 4, 'font-size': 12 }, `${lang} ${n}`);
    }
    add('text', { x, y: height - 12, 'font-size': 13 }, year);
  });
  return svg;
}

async function showSpeaker(id) {
  status.textContent = 'Loading…';
  const person = await api(`/speakers/${id}`);
  const name = person.names.en ?? person.names.km;
  const quotes = await api(`/quotes?${new URLSearchParams({ speaker: name, limit: 100 })}`);
  status.textContent = '';
  view.replaceChildren(el('section', { class: 'person' },
    el('h1', {}, person.names.en ?? '', person.names.en && person.names.km ? ' · ' : '', person.names.km ? el('span', { lang: 'km', text: person.names.km }) : ''),
    person.aliases.length ? el('p', { class: 'meta', text: `Also written: ${person.aliases.join(', ')}` }) : null,
    el('h2', { text: 'Roles over time' }),
    el('table', {},
      el('thead', {}, el('tr', {}, ['Role', 'Organization', 'From', 'To'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, person.roles.map((r) => el('tr', {}, [r.role, r.organization, r.first, r.last].map((c) => el('td', { text: c ?? '—' })))))),
    el('h2', { text: `Quotes over time (${person.quotes})` }),
    el('p', { class: 'legend' }, Object.entries(COLORS).map(([lang, color]) =>
      el('span', {}, el('span', { class: 'swatch', style: `background:${color}` }), lang === 'en' ? 'English' : 'Khmer'))),
    timeline(person.timeline),
    el('h2', { text: 'Quotes' }),
    el('div', {}, distinctPairs(quotes.hits).map(hitCard))));
}

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  try {
    const speaker = /^\/speakers\/(\d+)$/.exec(hash);
    if (speaker) await showSpeaker(speaker[1]);
    else await showSearch(new URLSearchParams(hash.split('?')[1] ?? ''));
  } catch (error) {
    status.textContent = error.message;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
  location.hash = `#/?${params}`;
});
document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName)) {
    event.preventDefault();
    form.elements.text.focus();
  }
});
window.addEventListener('hashchange', route);
route();
