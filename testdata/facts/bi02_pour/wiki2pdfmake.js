// wiki2pdfmake.js - turn a saved Confluence page into a pdfmake document
// definition (so it can be rendered to PDF later with pdfmake).
// usage: node wiki2pdfmake.js Page.html > Page.pdfmake.json
const fs = require('fs');
const { JSDOM } = require('jsdom');
const htmlToPdfmake = require('html-to-pdfmake');

const file = process.argv[2];
const html = fs.readFileSync(file, 'utf8');
const { window } = new JSDOM('');
const dom = new JSDOM(html);
const page = dom.window.document.querySelector('#page') || dom.window.document.body;

const content = htmlToPdfmake(page.innerHTML, { window });
const docDefinition = {
  info: { title: dom.window.document.title },
  pageSize: 'A4',
  content: content
};
process.stdout.write(JSON.stringify(docDefinition, null, 2) + '\n');
