# docs2go's own tasks. `make demo` runs the main job on the sample pages;
# `make test` runs every check CI runs.

GO       ?= go
DOCS2GO  := $(GO) run ./cmd/docs2go
# KAKAO are the Kakao Games pages that parse together as one API: the
# sample page and the Kakao fact pages of the scorer. internal/cli's
# TestKakaoSpecIsFresh lists the same.
KAKAO    := $(wildcard testdata/pages/004_*.txt) \
	$(wildcard testdata/facts/k*/*.txt testdata/facts/k*/*.md testdata/facts/k*/*.html)
EXAMPLE  := examples/gearn-server
STATICCHECK_VERSION := v0.8.2

.PHONY: demo test vet staticcheck drift fuzz bench bench-scale load golden mutate

## demo: pages → specs/{gearn,kakao}.yaml → generated Go in out/{gearn,kakao}, built and vetted.
## The GearN part is what docs2go.yaml says.
demo:
	$(DOCS2GO) generate
	$(DOCS2GO) parse $(KAKAO) --name kakao -o specs/kakao.yaml
	$(DOCS2GO) generate specs/kakao.yaml -o out/kakao --package kakao
	$(GO) build ./out/...
	$(GO) vet ./out/...
	@echo "demo: specs/*.yaml and out/gearn, out/kakao are up to date and compile"

## test: gofmt, vet, staticcheck, every test, and the drift check of the
## example module. The parser's package runs the bounded defect mutator
## over every page of the corpus (TestMutations: 7 minutes on 2 busy
## cores), which with the package's other tests ran past go test's
## default 10-minute limit.
test: vet staticcheck drift
	$(GO) test -timeout 30m ./...

## vet: go vet, and gofmt -l over every Go file git tracks.
vet:
	$(GO) vet ./...
	@unformatted="$$($$($(GO) env GOROOT)/bin/gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt -l lists files that are not formatted:"; echo "$$unformatted"; exit 1; fi

staticcheck:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## drift: what a downstream CI runs, on examples/gearn-server: docs2go check,
## then go generate must leave the committed files as they are. After a change
## of the parser or the generator, `make golden` regenerates the example.
drift:
	cd $(EXAMPLE) && $(GO) mod download
	cd $(EXAMPLE) && $(GO) run github.com/docs2go/docs2go/cmd/docs2go check
	cd $(EXAMPLE) && $(GO) generate ./...
	git diff --exit-code -- $(EXAMPLE) specs/gearn.yaml
	@new="$$(git ls-files --others --exclude-standard -- $(EXAMPLE))"; \
	if [ -n "$$new" ]; then echo "go generate wrote files git does not track:"; echo "$$new"; exit 1; fi
	cd $(EXAMPLE) && $(GO) vet ./... && $(GO) test ./...

## golden: rewrite every golden file (in the packages whose tests take
## -update) and the example's generated code; review `git diff testdata
## examples` before committing.
golden:
	$(GO) test $$(grep -rl --include='*_test.go' 'flag.Bool("update"' . | xargs -n1 dirname | sort -u) -update
	cd $(EXAMPLE) && $(GO) generate ./...

## mutate: the defect mutator test exhaustively: each defect class at every
## place of every page it can occur, where make test applies a sample; it
## prints the numbers per class.
mutate:
	$(GO) test ./parser -run '^TestMutations$$' -count=1 -v -timeout 0 -mutate.all

## fuzz: run each fuzz target for a while (FUZZTIME, default 1m). The
## seeds are whole sample pages of many KB; an input that finds new
## coverage is minimized first, for up to FUZZMINIMIZETIME, while the
## fuzzer shows 0 execs/sec (go test's default, 1m, held every target
## there for most of its time).
FUZZTIME ?= 1m
FUZZMINIMIZETIME ?= 5s
fuzz:
	$(GO) test ./pages/flattened -run '^$$' -fuzz FuzzFlattened -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/aria -run '^$$' -fuzz FuzzARIA -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/markdown -run '^$$' -fuzz FuzzMarkdown -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/html -run '^$$' -fuzz FuzzHTML -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/html/tree -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/pipes -run '^$$' -fuzz FuzzPipes -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/firefox -run '^$$' -fuzz FuzzFirefox -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/sheet -run '^$$' -fuzz FuzzSheet -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/cellperline -run '^$$' -fuzz FuzzCellPerLine -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/cellperline -run '^$$' -fuzz FuzzHeadless -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/wiki -run '^$$' -fuzz FuzzWiki -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/dokuwiki -run '^$$' -fuzz FuzzDokuWiki -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/org -run '^$$' -fuzz FuzzOrg -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/mediawiki -run '^$$' -fuzz FuzzMediaWiki -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/textile -run '^$$' -fuzz FuzzTextile -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/adoc -run '^$$' -fuzz FuzzAsciiDoc -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/aligned -run '^$$' -fuzz FuzzAligned -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/drawn -run '^$$' -fuzz FuzzDrawn -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/html2text -run '^$$' -fuzz FuzzHTML2Text -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/makeinfo -run '^$$' -fuzz FuzzMakeinfo -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/xmldoc -run '^$$' -fuzz FuzzXMLDoc -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/latex -run '^$$' -fuzz FuzzLaTeX -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages -run '^$$' -fuzz FuzzNotebook -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./parser -run '^$$' -fuzz FuzzPageAmongOthers -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/reader -run '^$$' -fuzz FuzzNormalize -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/reader -run '^$$' -fuzz FuzzSeeNames -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./pages/flattened -run '^$$' -fuzz FuzzFlatHeader -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./parser/read -run '^$$' -fuzz FuzzConstrain -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./parser/read -run '^$$' -fuzz FuzzEnumValues -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./schema -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./schema -run '^$$' -fuzz FuzzSaveStrings -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/runtime -run '^$$' -fuzz FuzzSkip -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/runtime -run '^$$' -fuzz FuzzText -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/runtime -run '^$$' -fuzz FuzzAppendString -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/runtime -run '^$$' -fuzz FuzzAppendFloat -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./protocols/gearn/runtime -run '^$$' -fuzz FuzzPutRaw -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)
	$(GO) test ./generator -run '^TestGeneratedPackage/gearn$$' -count=1 -timeout 0 \
		-generated='test -run ^$$ -fuzz FuzzRequestBody -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)'
	$(GO) test ./generator -run '^TestGeneratedPackage/edges$$' -count=1 -timeout 0 \
		-generated='test -run ^$$ -fuzz FuzzDecodeDifferential -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME)'

## bench: every benchmark but BenchmarkBuildScale (see bench-scale), with
## allocations; then those of the package generated from specs/gearn.yaml,
## each next to encoding/json doing the same.
bench:
	$(GO) test ./... -run '^$$' -bench . -skip BuildScale -benchmem
	$(GO) test ./generator -run '^TestGeneratedPackage/gearn$$' -count=1 -v -timeout 0 \
		-generated='test -run ^$$ -bench . -benchmem -count 5'

## bench-scale: parse, save, generate, and pages → parse → generate → go build of
## the output, for 100 and 1,000 pages generated from a sample
## (internal/pagegen), COUNT times each (default 3). The builds take minutes.
COUNT ?= 3
bench-scale:
	$(GO) test ./internal/pagegen -run '^$$' -bench 'Parse|Save|Generate' -benchmem -count $(COUNT)
	$(GO) test ./internal/pagegen -run '^$$' -bench BuildScale -benchtime 1x -count $(COUNT) -timeout 0

## load: the load test of the server generated from specs/gearn.yaml, which
## `make test` leaves out: many concurrent requests on a loopback port.
load:
	$(GO) test ./generator -run '^TestGeneratedPackage/gearn$$' -count=1 -v \
		-generated='test -tags load -run TestLoad -count 1 -v'
