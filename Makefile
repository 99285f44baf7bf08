# docs2go's own tasks. `make demo` runs the main job on the sample pages;
# `make test` runs every check CI runs.

GO       ?= go
DOCS2GO  := $(GO) run ./cmd/docs2go
GEARN    := $(sort $(wildcard testdata/pages/00[0-3]_*.txt))
KAKAO    := $(wildcard testdata/pages/004_*.txt)
STATICCHECK_VERSION := v0.8.2

.PHONY: demo test vet staticcheck fuzz bench golden

## demo: pages → specs/{gearn,kakao}.yaml → generated Go in out/{gearn,kakao}, built and vetted.
demo:
	$(DOCS2GO) parse $(GEARN) --name gearn -o specs/gearn.yaml
	$(DOCS2GO) generate specs/gearn.yaml -o out/gearn --package gearn
	$(DOCS2GO) parse $(KAKAO) --name kakao -o specs/kakao.yaml
	$(DOCS2GO) generate specs/kakao.yaml -o out/kakao --package kakao
	$(GO) build ./out/...
	$(GO) vet ./out/...
	@echo "demo: specs/*.yaml and out/gearn, out/kakao are up to date and compile"

## test: vet, staticcheck and every test.
test: vet staticcheck
	$(GO) test ./...

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## golden: rewrite every golden file; review `git diff testdata` before committing.
golden:
	$(GO) test ./... -update

## fuzz: run each fuzz target for a while (FUZZTIME, default 1m).
FUZZTIME ?= 1m
fuzz:
	$(GO) test ./parser -run '^$$' -fuzz FuzzFlattened -fuzztime $(FUZZTIME)
	$(GO) test ./parser -run '^$$' -fuzz FuzzMarkdown -fuzztime $(FUZZTIME)
	$(GO) test ./schema -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME)

## bench: every benchmark, with allocations.
bench:
	$(GO) test ./... -run '^$$' -bench . -benchmem
