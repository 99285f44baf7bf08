// html2md.js - turn a page saved from the docs site into Markdown for the wiki
// usage: node html2md.js page.html > page.md
const fs = require('fs');
const Breakdance = require('breakdance');
const html = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(new Breakdance().render(html));
