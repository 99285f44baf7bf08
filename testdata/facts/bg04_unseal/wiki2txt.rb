#!/usr/bin/env ruby
# Turn a saved Confluence page into text for the API notes.
require 'html2text'

html = File.read(ARGV[0], encoding: 'UTF-8')
puts Html2Text.convert(html)
