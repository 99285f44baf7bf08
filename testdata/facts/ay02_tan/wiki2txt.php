<?php
// wiki2txt.php - dump a saved wiki page to plain text, tables as "a | b | c |" rows
// usage: php wiki2txt.php Page.html > page.txt
$html = file_get_contents($argv[1]);
$html = preg_replace('#<(script|style|head)\b.*?</\1>#si', '', $html);
$html = preg_replace('#</t[hd]>#i', ' | ', $html);
$html = preg_replace('#<br\s*/?>|</(p|div|h[1-6]|tr|li|pre|table)>#i', "\n", $html);
$text = html_entity_decode(strip_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8');
$text = preg_replace("/[ \t]+\n/", "\n", $text);
$text = preg_replace("/\n{3,}/", "\n\n", $text);
echo trim($text), "\n";
