#!/bin/sh
# The user minified the saved page to save space (html-minifier-terser 7.2.0,
# installed with npm into a scratch folder; node 20).
set -e
npx html-minifier-terser --collapse-whitespace --remove-optional-tags --remove-attribute-quotes --remove-comments --remove-redundant-attributes stringMarionette.html -o stringMarionette.min.html
