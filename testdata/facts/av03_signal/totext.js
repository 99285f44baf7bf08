// wiki page -> .txt for the ops notes folder
// usage: node totext.js Lighthouse_3340978.html lighthouse.txt
const fs = require('fs');
const html2plaintext = require('html2plaintext');

const [src, dst] = process.argv.slice(2);
const text = html2plaintext(fs.readFileSync(src, 'utf8'));
fs.writeFileSync(dst, text + '\n');
