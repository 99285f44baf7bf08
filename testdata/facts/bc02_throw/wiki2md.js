// wiki2md.js - save a Confluence page as Markdown for our team notes
// usage: node wiki2md.js page.html > page.md
const fs = require('fs');
const upndown = require('upndown');
const html = fs.readFileSync(process.argv[2], 'utf8');
const und = new upndown();
und.convert(html, function (err, markdown) {
  if (err) { console.error(err); process.exit(1); }
  process.stdout.write(markdown + '\n');
});
