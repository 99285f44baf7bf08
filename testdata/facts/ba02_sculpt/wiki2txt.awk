#!/usr/bin/mawk -f
# wiki2txt.awk - turn a saved Confluence page into text for grepping / diffing.
# Usage:
#   curl -s -b ~/.wiki_cookies "$WIKI/pages/viewpage.action?pageId=3391207" > Sandcastle_3391207.html
#   mawk -f wiki2txt.awk Sandcastle_3391207.html > sandcastle.txt
# Keeps the page from the title down to the likes/labels box.
# Table rows come out one per line, cells separated by " | ".

/id="title-heading"/          { on = 1 }
/id="likes-and-labels-container"/ { on = 0 }
!on { next }
{
    line = $0
    gsub(/<\/t[dh]>/, " | ", line)
    gsub(/<\/tr>/, "\n", line)
    gsub(/<br *\/?>/, "\n", line)
    gsub(/<\/(p|h[1-6]|li|div)>/, "\n", line)
    gsub(/<[^>]*>/, "", line)
    gsub(/&lt;/, "<", line)
    gsub(/&gt;/, ">", line)
    gsub(/&quot;/, "\"", line)
    gsub(/&amp;/, "\\&", line)
    print line
}
