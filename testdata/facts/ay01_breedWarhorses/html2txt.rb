#!/usr/bin/env ruby
# html2txt.rb - save a docs page as plain text for grepping / diffing.
# usage: ruby html2txt.rb page.html > page.txt
require "loofah"

html = File.read(ARGV.fetch(0), encoding: "UTF-8")
doc = Loofah.document(html)
doc.scrub!(:strip)          # drop script/style and anything unsafe
puts doc.to_text
