# flatten.jq - turn himalaya's tree of a wiki page back into text lines:
# headings as "hN: title", paragraphs and code blocks as they are,
# table rows as cells joined by " | ".
def text:
  if .type == "text" then .content
  elif .type == "element" then
    if .tagName == "br" then "\n" else ([.children[]? | text] | join("")) end
  else "" end;
def squash: gsub("\\s+"; " ") | sub("^ "; "") | sub(" $"; "");
def out:
  if .type != "element" then empty
  elif (.tagName | test("^(head|script|style|nav|header|footer)$")) then empty
  elif (.tagName | test("^h[1-6]$")) then "\(.tagName): \(text | squash)"
  elif .tagName == "p" or .tagName == "pre" then text
  elif .tagName == "tr" then [.children[] | select(.type == "element") | text | squash] | join(" | ")
  else .children[]? | out end;
.[] | out
