// wiki2txt.js - strip a saved Confluence page down to plain text
// usage: node wiki2txt.js Page.html > page.txt
const fs = require('fs');
const sanitizeHtml = require('sanitize-html');

let html = fs.readFileSync(process.argv[2], 'utf8');
// keep the table cells apart, or they run together
html = html.replace(/<\/(td|th)>/gi, ' | </$1>');

const text = sanitizeHtml(html, {
  allowedTags: [],
  allowedAttributes: {},
});

// drop the empty lines the stripped divs leave behind
process.stdout.write(text.replace(/\n\s*\n+/g, '\n\n'));
