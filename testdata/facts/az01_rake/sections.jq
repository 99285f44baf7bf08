.[]
| (if .level > 0 then ("#" * .level) + " " + .heading else empty end),
  .text[],
  (.tables[] | (.[0] | keys_unsorted | @tsv), (.[] | [.[]] | @tsv)),
  ""
