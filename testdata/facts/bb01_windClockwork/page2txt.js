// page2txt.js - save a docs page as plain text for the schema tool
// usage: node page2txt.js windClockwork.html > windClockwork.txt
const fs = require("fs");
const textVersion = require("textversionjs");

const html = fs.readFileSync(process.argv[2], "utf8");
process.stdout.write(textVersion(html) + "\n");
