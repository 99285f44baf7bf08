// wiki2json.js - dump a saved Confluence page as JSON sections
// (heading, text lines, tables) so that jq can make TSV of it.
// usage: node wiki2json.js Page.html | jq -r -f sections.jq > page.tsv
const fs = require('fs');
const { Tabletojson } = require('tabletojson');

const html = fs.readFileSync(process.argv[2], 'utf8');
// only the page body, not the wiki chrome
const start = html.indexOf('<div id="main-content"');
const end = html.indexOf('<div id="likes-and-labels-container"');
const body = html.slice(start, end);

const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ')
  .replace(/&amp;/g, '&');

const sections = [];
for (const part of body.split(/(?=<h[1-6][ >])/)) {
  const m = part.match(/^<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/);
  const rest = m ? part.slice(m[0].length) : part;
  const text = decode(rest.replace(/<table[\s\S]*?<\/table>/g, '')
    .replace(/<[^>]+>/g, '\n'))
    .split('\n').map((l) => l.trim()).filter((l) => l !== '');
  sections.push({
    level: m ? Number(m[1]) : 0,
    heading: m ? decode(m[2].replace(/<[^>]+>/g, '')) : '',
    text,
    tables: Tabletojson.convert(rest),
  });
}
console.log(JSON.stringify(sections, null, 2));
