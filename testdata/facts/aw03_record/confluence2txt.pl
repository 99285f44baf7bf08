#!/usr/bin/perl
# confluence2txt.pl - turn a Confluence page saved from the browser
# (File > Save Page As, "Web Page, HTML only") into a text file for the
# team's API notes.  Usage: perl confluence2txt.pl Page.html > page.txt
use strict;
use warnings;
use Mojo::DOM;
use Mojo::File qw(path);
use Mojo::Util qw(decode trim);

binmode STDOUT, ':encoding(UTF-8)';

my $file = shift or die "usage: $0 page.html\n";
my $dom  = Mojo::DOM->new(decode('UTF-8', path($file)->slurp));

# page title and who changed it last
if (my $title = $dom->at('#title-text')) { print trim($title->all_text), "\n" }
if (my $meta = $dom->at('.page-metadata-modification-info')) { print trim($meta->all_text), "\n" }
print "\n";

my $main = $dom->at('#main-content') or die "no #main-content in $file\n";

for my $el ($main->find('h1, h2, h3, h4, p, pre, table')->each) {
    # cells are printed with their table
    next if $el->ancestors('table')->size;
    my $tag = $el->tag;
    if ($tag =~ /^h(\d)$/) {
        print "\n", '#' x $1, ' ', trim($el->all_text), "\n\n";
    }
    elsif ($tag eq 'p') {
        print trim($el->all_text), "\n";
    }
    elsif ($tag eq 'pre') {
        print $el->all_text, "\n\n";
    }
    else {
        # one line a row, cells separated by tabs (pastes into a sheet)
        for my $tr ($el->find('tr')->each) {
            print join("\t", map { trim($_->all_text) } $tr->children('th, td')->each), "\n";
        }
        print "\n";
    }
}
