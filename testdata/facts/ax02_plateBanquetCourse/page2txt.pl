#!/usr/bin/perl
# page2txt.pl - dump a saved docs page as plain text for the wiki/ticket:
# headings, paragraphs and code blocks one per line, table rows with their
# cells separated by tabs.   usage: perl page2txt.pl page.html > page.txt
use strict;
use warnings;
use HTML::TreeBuilder;

my $tree = HTML::TreeBuilder->new_from_file($ARGV[0]) or die "cannot read $ARGV[0]\n";

for my $el ($tree->look_down(sub { $_[0]->tag =~ /^(?:h[1-6]|p|pre|tr)$/ })) {
    if ($el->tag eq 'tr') {
        my @cells = map { $_->as_trimmed_text } $el->look_down(_tag => qr/^t[hd]$/);
        print join("\t", @cells), "\n";
    } else {
        print $el->as_text, "\n";
    }
}
$tree->delete;
