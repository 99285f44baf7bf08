" wiki2txt.vim -- turn a Confluence page saved from the browser into text
" I can grep and paste into tickets.
" usage: vim -es -S wiki2txt.vim -c 'w! gondola.txt' -c 'q!' Gondola_3412877.html
set nomore
" drop the <head>
silent! 1,/<body/d
" table cells: keep a bar after each cell so columns stay visible
silent! %s/<\/t[dh]>/ | /g
" line breaks inside text
silent! %s/<br\s*\/\=>/\r/g
silent! %s/<\/p>/\r/g
" strip every remaining tag
silent! %s/<[^>]*>//g
" entities
silent! %s/&quot;/"/g
silent! %s/&lt;/</g
silent! %s/&gt;/>/g
silent! %s/&#39;/'/g
silent! %s/&amp;/\&/g
" trailing blanks and empty lines
silent! %s/\s\+$//
silent! g/^$/d
