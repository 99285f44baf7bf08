// html2json.js - dump a saved page as himalaya's JSON tree
// usage: node html2json.js < page.html > page.json
const { parse } = require('himalaya')
let html = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', c => { html += c })
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(parse(html)) + '\n')
})
