package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/internal/diff"
	"github.com/docs2go/docs2go/internal/files"
	"github.com/docs2go/docs2go/schema"
	"github.com/docs2go/docs2go/schemadiff"
)

func (a *app) checkCmd() *cobra.Command {
	var verbose, fromSite bool
	var flags crawlFlags
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Exit 1 when the committed schema or generated code is stale",
		Long: `check does what generate would do with docs2go.yaml, in memory, and
compares the result with what is committed: it re-parses the pages and
compares the schema, regenerates the code and compares the package. It
prints a unified diff of each difference and names missing and extra
files, and exits 1 when anything differs. It writes nothing.

It tells the two drifts apart. "the pages changed: SCHEMA is stale": the
pages (or the parser) now give another schema. "the schema changed: the
generated code is stale": the code is not what the committed schema
gives, because the schema was edited or the generator changed.

It counts the parser's recoveries on stderr; -v lists them.

--fetch checks against the vendor's site instead of the pages on disk: it
fetches the pages docs2go.yaml's source names into a temporary folder,
parses them and compares the schema they give with the committed one.
When the site changed, it prints the unified diff and each API change,
breaking or compatible, as docs2go diff does, and exits 1.`,
		Example: `  docs2go check
  docs2go check --config examples/gearn-server/docs2go.yaml
  docs2go check --fetch    # nightly: did the vendor change its docs?`,
		Args: args("no arguments", cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.needConfig(cmd, "--config FILE")
			if err != nil {
				return err
			}
			t, err := configTarget(cfg)
			if err != nil {
				return err
			}
			if t.output == "" {
				return inputError(fmt.Errorf("%s has no output: say where the package goes", cfg.Path))
			}
			if fromSite {
				if err := flags.check(); err != nil {
					return err
				}
				opts, err := sourceOptions(cfg, flags.options())
				if err != nil {
					return err
				}
				dir, err := os.MkdirTemp("", "docs2go-fetch-")
				if err != nil {
					return inputError(err)
				}
				defer os.RemoveAll(dir)
				opts.Dir = dir
				if _, err := a.fetch(opts); err != nil {
					return err
				}
				job := parseJob{name: cfg.Name, strict: cfg.Strict, basePath: cfg.BasePath, protocol: cfg.Protocol, pages: []string{dir}, from: "the site"}
				if job.name == "" {
					job.name = "api"
				}
				if cfg.Overrides != "" {
					job.overrides = cfg.Resolve(cfg.Overrides)
				}
				t.parse = &job
			}
			if t.parse != nil {
				t.parse.quiet, t.parse.all = !verbose, verbose
			}
			r := &report{w: a.stdout}
			if err := t.check(r, a.stderr); err != nil {
				return err
			}
			if fromSite && r.fresh != nil {
				return a.classify(t.schemaPath, r)
			}
			if r.stale {
				return inputError(errors.New("check: stale: run docs2go generate and commit the result"))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each recovery of the parser, not their count")
	cmd.Flags().BoolVar(&fromSite, "fetch", false, "compare with what the pages on the vendor's site give, not the pages on disk")
	flags.add(cmd)
	return cmd
}

// classify lists the API changes from the committed schema to the one the
// site gives, after check's report, and fails when the site changed.
func (a *app) classify(schemaPath string, r *report) error {
	old, err := schema.Load(schemaPath, r.committed)
	if err != nil {
		return inputError(err)
	}
	fresh, err := schema.Load(schemaPath+" (fetched)", r.fresh)
	if err != nil {
		return inputError(err)
	}
	changes := schemadiff.Compare(old, fresh, schemaPath, schemaPath+" (fetched)")
	breaking := 0
	for _, c := range changes {
		if c.Kind == schemadiff.Breaking {
			breaking++
		}
	}
	if len(changes) > 0 {
		writeDiffText(a, changes, breaking)
	}
	switch {
	case breaking > 0:
		return inputError(fmt.Errorf("check: the site changed, with %s: run docs2go fetch and docs2go generate, and adapt to them", plural(breaking, "breaking change")))
	case r.stale:
		return inputError(errors.New("check: the site changed: run docs2go fetch and docs2go generate, and commit the result"))
	}
	return nil
}

// report prints what check finds.
type report struct {
	w     io.Writer
	stale bool
	// committed and fresh are the committed schema and the one the pages
	// give, when they differ.
	committed, fresh []byte
}

// drift starts the report of one drift.
func (r *report) drift(format string, args ...any) {
	r.stale = true
	fmt.Fprintf(r.w, format+"\n", args...)
}

func (r *report) line(format string, args ...any) {
	fmt.Fprintf(r.w, format+"\n", args...)
}

// diff prints the unified diff of a file, the committed bytes against
// the bytes generate would write.
func (r *report) diff(path, want string, old, new []byte) {
	path = filepath.ToSlash(path)
	io.WriteString(r.w, diff.Unified(path+"\t(committed)", path+"\t("+want+")", old, new))
}

// check compares what t builds with what is on disk.
func (t *target) check(r *report, stderr io.Writer) error {
	committed, err := readIfExists(t.schemaPath)
	if err != nil {
		return err
	}
	schemaPath := filepath.ToSlash(t.schemaPath)
	var fresh []byte
	if t.parse != nil {
		if fresh, err = t.parse.run(stderr); err != nil {
			return err
		}
		switch {
		case committed == nil:
			r.drift("%s changed: %s is stale", t.parse.source(), schemaPath)
			r.line("missing: %s", schemaPath)
		case !bytes.Equal(committed, fresh):
			r.drift("%s changed: %s is stale", t.parse.source(), schemaPath)
			r.diff(t.schemaPath, "parsed from "+t.parse.source(), committed, fresh)
			r.committed, r.fresh = committed, fresh
		}
	}

	// The committed code must be what the committed schema gives; when
	// there is no committed schema, or it does not load, what the pages
	// give.
	var base *schema.API
	if committed != nil {
		api, err := schema.Load(t.schemaPath, committed)
		switch {
		case err == nil:
			base = api
		case fresh == nil:
			return inputError(err)
		default:
			r.line("%s does not load, so the code is compared with what the pages give:\n%s", schemaPath, err)
		}
	} else if fresh == nil {
		_, err := loadSchema(t.schemaPath)
		return err
	}
	fromCommitted := base != nil
	if !fromCommitted {
		if base, err = schema.Load(t.schemaPath, fresh); err != nil {
			return inputError(err)
		}
	}
	code, err := t.generate(base)
	if err != nil {
		return err
	}
	plan, err := files.NewPlan(t.output, code)
	if err != nil {
		return inputError(err)
	}
	if !plan.Clean() {
		output := filepath.ToSlash(t.output)
		if fromCommitted {
			r.drift("the schema changed: the generated code in %s is stale", output)
		} else {
			r.drift("the generated code in %s is not what the pages give", output)
		}
		for _, c := range plan.Changed {
			if c.Exists {
				r.diff(plan.Path(c.Name), "generated from "+t.source, c.Old, c.New)
			}
		}
		for _, c := range plan.Changed {
			if !c.Exists {
				r.line("missing: %s", filepath.ToSlash(plan.Path(c.Name)))
			}
		}
		for _, name := range plan.Stale {
			r.line("extra: %s (generated by docs2go, no longer generated: generate removes it)", filepath.ToSlash(plan.Path(name)))
		}
		for _, name := range plan.Foreign {
			r.line("conflict: %s was not generated by docs2go: generate will not overwrite it", filepath.ToSlash(plan.Path(name)))
		}
	}

	// A schema the pages changed changes the code in turn: say which
	// files generate will rewrite.
	if fromCommitted && fresh != nil && !bytes.Equal(committed, fresh) {
		api, err := schema.Load(t.schemaPath, fresh)
		if err != nil {
			return inputError(err)
		}
		next, err := t.generate(api)
		if err != nil {
			return err
		}
		if changed := changedFiles(code, next); len(changed) > 0 {
			for i, name := range changed {
				changed[i] = filepath.ToSlash(filepath.Join(t.output, name))
			}
			r.line("with the new schema, generate also rewrites %s", strings.Join(changed, ", "))
		}
	}
	return nil
}

// changedFiles lists, in name order, the files that differ between two
// generated packages: changed, added or gone.
func changedFiles(a, b map[string][]byte) []string {
	var names []string
	for name, data := range a {
		if other, ok := b[name]; !ok || !bytes.Equal(data, other) {
			names = append(names, name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}
