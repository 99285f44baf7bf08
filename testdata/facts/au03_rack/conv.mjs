// Turn a saved Confluence page into Markdown for the team's docs repo.
import { readFileSync, writeFileSync } from 'node:fs';
import htmlToMarkdown from '@kreuzberg/html-to-markdown-node';

const [input, output] = process.argv.slice(2);
const html = readFileSync(input, 'utf8');
const result = htmlToMarkdown.convert(html);
writeFileSync(output, typeof result === 'string' ? result : result.content);
