// wiki2txt.mjs - dump a saved KG wiki page to plain text for our API notes.
// usage: node wiki2txt.mjs page.html > page.txt
import { readFileSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { findOne, textContent, getChildren } from "domutils";
import { isTag } from "domhandler";

const doc = parseDocument(readFileSync(process.argv[2], "utf8"));
const title = findOne((e) => e.attribs?.id === "title-text", doc.children, true);
const main = findOne((e) => e.attribs?.id === "main-content", doc.children, true);
const out = [];
if (title) out.push("# " + textContent(title).trim(), "");

function walk(node) {
  for (const el of getChildren(node)) {
    if (!isTag(el)) continue;
    switch (el.name) {
      case "h1": case "h2": case "h3": case "h4":
        out.push("#".repeat(Number(el.name[1])) + " " + textContent(el).trim(), "");
        break;
      case "p":
        out.push(textContent(el).trim(), "");
        break;
      case "pre":
        out.push(textContent(el), "");
        break;
      case "table":
        for (const tr of el.children.flatMap((c) => (c.name === "tr" ? [c] : getChildren(c))).filter((c) => c.name === "tr")) {
          out.push(getChildren(tr).filter((c) => c.name === "td" || c.name === "th").map((c) => textContent(c).trim()).join("\t"));
        }
        out.push("");
        break;
      case "style": case "script":
        break;
      default:
        walk(el);
    }
  }
}
walk(main);
process.stdout.write(out.join("\n"));
