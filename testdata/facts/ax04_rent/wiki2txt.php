<?php
// wiki2txt.php - dump a saved Confluence page (Save Page As, HTML only) to a
// text file for the backend team: headings, paragraphs and code as they are,
// every table as CSV lines so the tables can be pasted into a sheet.
// usage: php wiki2txt.php Page.html > page.txt

if ($argc < 2) {
    fwrite(STDERR, "usage: php wiki2txt.php page.html\n");
    exit(1);
}

libxml_use_internal_errors(true);          // Confluence markup is not XHTML
$doc = new DOMDocument();
$doc->loadHTMLFile($argv[1]);
libxml_clear_errors();
$xp = new DOMXPath($doc);

$title = $xp->query('//*[@id="title-text"]')->item(0);
if ($title) {
    echo trim($title->textContent), "\n";
}
$meta = $xp->query('//*[contains(@class,"page-metadata-modification-info")]')->item(0);
if ($meta) {
    echo preg_replace('/\s+/', ' ', trim($meta->textContent)), "\n";
}
echo "\n";

$main = $xp->query('//*[@id="main-content"]')->item(0);
if (!$main) {
    fwrite(STDERR, "no #main-content\n");
    exit(1);
}

$out = fopen('php://stdout', 'w');
$nodes = $xp->query('.//h1 | .//h2 | .//h3 | .//h4 | .//p | .//pre | .//table', $main);
foreach ($nodes as $n) {
    // paragraphs inside a table cell come out with the table
    if ($xp->query('ancestor::table', $n)->length > 0) {
        continue;
    }
    switch ($n->nodeName) {
        case 'h1':
            echo "\n=== ", trim($n->textContent), " ===\n";
            break;
        case 'h2':
        case 'h3':
        case 'h4':
            echo "\n-- ", trim($n->textContent), " --\n";
            break;
        case 'p':
            echo trim($n->textContent), "\n";
            break;
        case 'pre':
            echo $n->textContent, "\n";
            break;
        case 'table':
            foreach ($xp->query('.//tr', $n) as $tr) {
                $row = [];
                foreach ($xp->query('./th | ./td', $tr) as $cell) {
                    $row[] = trim($cell->textContent);
                }
                fputcsv($out, $row);
            }
            break;
    }
}
fclose($out);
