// strip.mjs - save a docs page as plain text: node strip.mjs page.html > page.txt
import { readFileSync } from "fs";
import { stripHtml } from "string-strip-html";
const html = readFileSync(process.argv[2], "utf8");
console.log(stripHtml(html).result);
