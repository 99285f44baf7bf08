#!/usr/bin/perl
# wiki2txt.pl - dump a saved Confluence page (Server API wiki) as text:
# headings and paragraphs as lines, every table through HTML::TableExtract,
# rows printed as in the module's SYNOPSIS (cells joined with commas).
# usage: perl wiki2txt.pl Page.html > page.txt
use strict;
use warnings;
use HTML::TableExtract;
use HTML::Entities qw(decode_entities);

local $/;
my $html = <>;

# keep the page body only
$html =~ s/^.*?<div id="main-content"[^>]*>//s;
$html =~ s/<div id="likes-and-labels-container".*$//s;

# one chunk per heading or bold title paragraph
for my $chunk (split /(?=<h[1-6][ >]|<p><strong>)/, $html) {
    # text outside the tables
    (my $text = $chunk) =~ s{<table.*?</table>}{}gs;
    $text =~ s{</(p|h[1-6]|pre|div)>}{\n}g;
    $text =~ s/<[^>]+>//g;
    $text = decode_entities($text);
    for my $line (split /\n/, $text) {
        next if $line =~ /^\s*$/;
        print "$line\n";
    }

    # the tables
    my $te = HTML::TableExtract->new;
    $te->parse($chunk);
    foreach my $ts ($te->tables) {
        print "Table (", join(',', $ts->coords), "):\n";
        foreach my $row ($ts->rows) {
            print join(',', map { defined $_ ? $_ : '' } @$row), "\n";
        }
    }
}
