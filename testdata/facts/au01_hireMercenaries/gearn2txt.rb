#!/usr/bin/env ruby
# gearn2txt.rb -- dump a saved GearN docs page (VitePress) to plain text
# so we can diff the API reference between releases.
# usage: ruby gearn2txt.rb page.html > page.txt
require 'nokogiri'

doc  = Nokogiri::HTML(File.read(ARGV[0], encoding: 'UTF-8'))
body = doc.at_css('div.vp-doc > div') || doc.at_css('main')

body.element_children.each do |node|
  case node.name
  when 'h1'
    puts "= #{node.text.strip} ="
    puts
  when 'h2'
    puts "== #{node.text.strip}"
    puts
  when 'h3', 'h4'
    puts "-- #{node.text.strip}"
  when 'p'
    puts node.text.strip
    puts
  when 'table'
    node.css('tr').each do |tr|
      puts tr.css('th, td').map { |c| c.text.strip }.join("\t")
    end
    puts
  when 'div'
    # code blocks
    puts node.text.strip
    puts
  else
    puts node.text.strip unless node.text.strip.empty?
  end
end
