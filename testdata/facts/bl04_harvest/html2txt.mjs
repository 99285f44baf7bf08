// html2txt.mjs: load a wiki page saved from the browser into a happy-dom
// Window and write the text of its body (document.body.innerText).
//   node html2txt.mjs KelpHarvest_3501187.html page.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const [input, output = 'page.txt'] = process.argv.slice(2);
const html = readFileSync(input, 'utf8');

const window = new Window({
  url: 'https://wiki.kakaogames.com/pages/viewpage.action?pageId=3501187',
  settings: {
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
  },
});
window.document.write(html);
await window.happyDOM.waitUntilComplete();

writeFileSync(output, window.document.body.innerText);
await window.happyDOM.close();
