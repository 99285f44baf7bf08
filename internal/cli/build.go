package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docs2go/docs2go/generator"
	"github.com/docs2go/docs2go/internal/config"
	"github.com/docs2go/docs2go/internal/files"
	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// parseJob is one parse: the pages, and how to read them.
type parseJob struct {
	pages     []string // files, or directories of pages
	name      string   // the API's short name
	strict    bool
	basePath  string          // the base path of the paths that show none, or ""
	protocol  schema.Protocol // the protocol of the pages, or "": their marks tell it
	overrides string          // the overrides file, or ""
	// quiet counts the recoveries and applied overrides on stderr instead
	// of listing them, for commands that parse as a step (go generate).
	quiet bool
	// all lists every recovery; otherwise a few are listed and the rest
	// counted (listWarnings).
	all bool
	// from says where the pages come from in messages: "" for the pages.
	from string
}

// source names where the pages come from: "the pages", or "the site".
func (j *parseJob) source() string {
	if j.from == "" {
		return "the pages"
	}
	return j.from
}

// run parses the pages, applies the overrides and returns the schema's
// bytes. The recoveries and the applied overrides are reported on stderr,
// or counted when quiet.
func (j *parseJob) run(stderr io.Writer) ([]byte, error) {
	pages, err := readPages(j.pages)
	if err != nil {
		return nil, inputError(err)
	}
	var fixes *overrides.File
	if j.overrides != "" {
		data, err := os.ReadFile(j.overrides)
		if err != nil {
			return nil, inputError(err)
		}
		if fixes, err = overrides.Load(j.overrides, data); err != nil {
			return nil, inputError(err)
		}
	}
	res, err := parser.Parse(pages, parser.Options{Name: j.name, Strict: j.strict, BasePath: j.basePath, Protocol: j.protocol, Tables: fixes.TableTypes(), Endpoints: fixes.EndpointLines(), Release: true})
	// Holes alone do not stop the parse when there are overrides to fill
	// them: those the overrides leave open are the errors then.
	fillable := err != nil && res.API != nil && fixes != nil
	if ds, ok := err.(schema.Diagnostics); ok && !fillable {
		failed := pageErrors{errs: ds, all: j.all}
		var others schema.Diagnostics
		failed.warns, others = warningsOf(ds, res.Warnings)
		j.listWarnings(stderr, others, true)
		return nil, inputError(failed)
	}
	j.listWarnings(stderr, res.Warnings, err != nil && !fillable)
	if err != nil && !fillable {
		return nil, inputError(err)
	}
	if fixes != nil {
		applied, err := fixes.Apply(res.API, res.Holes)
		applied = append(fixes.TablesTaken(), applied...)
		j.report(stderr, "override", "override applied", "overrides applied", applied, err != nil)
		if ds, ok := err.(schema.Diagnostics); ok {
			return nil, inputError(pageErrors{errs: ds})
		}
		if err != nil {
			return nil, inputError(err)
		}
	}
	data, err := schema.Save(res.API)
	if err != nil {
		return nil, inputError(err)
	}
	return data, nil
}

// maxShownPerPage is how many errors of one page parse prints before
// counting the rest of that page's, and how many of its recoveries it
// lists.
const maxShownPerPage = 5

// pageErrors is the parser's errors, page by page, each page's with its
// recoveries: whoever mends a page needs both, the decoding of its bytes
// as much as its rows. So that one page's many errors do not hide the
// other pages', each page shows its first maxShownPerPage errors and
// recoveries (every recovery with all), in the order of their lines, then
// counts the rest of that page's, and a last line counts the errors and
// the pages.
type pageErrors struct {
	errs schema.Diagnostics
	// warns are the recoveries of the pages errs locates errors on.
	warns schema.Diagnostics
	all   bool
}

func (pe pageErrors) Error() string {
	var pages []string
	errs := map[string]schema.Diagnostics{}
	warns := map[string]schema.Diagnostics{}
	for _, d := range pe.errs {
		if errs[d.Pos.Page] == nil {
			pages = append(pages, d.Pos.Page)
		}
		errs[d.Pos.Page] = append(errs[d.Pos.Page], d)
	}
	for _, d := range pe.warns {
		warns[d.Pos.Page] = append(warns[d.Pos.Page], d)
	}
	var b strings.Builder
	for _, p := range pages {
		type line struct {
			d    schema.Diagnostic
			warn bool
		}
		var lines []line
		shownErrs, shownWarns := min(len(errs[p]), maxShownPerPage), min(len(warns[p]), maxShownPerPage)
		if pe.all {
			shownWarns = len(warns[p])
		}
		for _, d := range warns[p][:shownWarns] {
			lines = append(lines, line{d, true})
		}
		for _, d := range errs[p][:shownErrs] {
			lines = append(lines, line{d, false})
		}
		// By line, as go/scanner sorts an ErrorList; at one line, the
		// recovery before the error.
		sort.SliceStable(lines, func(i, j int) bool { return lines[i].d.Pos.Line < lines[j].d.Pos.Line })
		for _, l := range lines {
			if l.warn {
				fmt.Fprintf(&b, "%s: warning: %s\n", l.d.Pos, l.d.Msg)
				continue
			}
			b.WriteString(l.d.Error())
			b.WriteByte('\n')
		}
		errsLeft, warnsLeft := len(errs[p])-shownErrs, len(warns[p])-shownWarns
		recoveries := fmt.Sprintf("%d more recoveries", warnsLeft)
		if warnsLeft == 1 {
			recoveries = "1 more recovery"
		}
		switch {
		case errsLeft > 0 && warnsLeft > 0:
			fmt.Fprintf(&b, "%s: ... and %s and %s on this page (-v lists every recovery)\n", p, plural(errsLeft, "more error"), recoveries)
		case errsLeft > 0:
			fmt.Fprintf(&b, "%s: ... and %s on this page\n", p, plural(errsLeft, "more error"))
		case warnsLeft > 0:
			fmt.Fprintf(&b, "%s: ... and %s on this page (-v lists every one)\n", p, recoveries)
		}
	}
	if len(pe.errs) > 1 {
		fmt.Fprintf(&b, "%d errors on %s\n", len(pe.errs), plural(len(pages), "page"))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// warningsOf splits warns into the recoveries of the pages errs locates
// errors on, and the others'.
func warningsOf(errs, warns schema.Diagnostics) (failed, others schema.Diagnostics) {
	pages := map[string]bool{}
	for _, d := range errs {
		pages[d.Pos.Page] = true
	}
	for _, d := range warns {
		if pages[d.Pos.Page] {
			failed = append(failed, d)
		} else {
			others = append(others, d)
		}
	}
	return failed, others
}

// maxShownWarnings bounds the recoveries parse lists, as maxShownPerPage
// does those of one page: the pages of a large API give thousands, most
// of them the same mend on page after page, which would bury the errors
// and the recoveries of other kinds.
const maxShownWarnings = 20

// listWarnings reports the recoveries on stderr: counted when quiet and
// the parse did not fail, every one when all is set; otherwise the first
// maxShownPerPage of each page, maxShownWarnings in all, in page order,
// and a line that counts them all when some are left out.
func (j *parseJob) listWarnings(stderr io.Writer, warns schema.Diagnostics, failed bool) {
	const label, one, many = "warning", "recovery from the pages", "recoveries from the pages"
	if j.quiet && !failed || j.all {
		j.report(stderr, label, one, many, warns, failed)
		return
	}
	listed := 0
	perPage := map[string]int{}
	for _, d := range warns {
		if listed < maxShownWarnings && perPage[d.Pos.Page] < maxShownPerPage {
			fmt.Fprintln(stderr, label+":", d.Error())
			listed++
		}
		perPage[d.Pos.Page]++
	}
	if listed < len(warns) {
		fmt.Fprintf(stderr, "%s: %d %s on %s, %d listed above (-v lists every one)\n", label, len(warns), many, plural(len(perPage), "page"), listed)
	}
}

// report lists diags on stderr, each after label; when quiet, and the
// step did not fail, it counts them instead: "1 " + one, or "N " + many.
func (j *parseJob) report(stderr io.Writer, label, one, many string, diags schema.Diagnostics, failed bool) {
	if j.quiet && !failed {
		switch len(diags) {
		case 0:
		case 1:
			fmt.Fprintf(stderr, "%s: 1 %s (-v lists it)\n", label, one)
		default:
			fmt.Fprintf(stderr, "%s: %d %s (-v lists them)\n", label, len(diags), many)
		}
		return
	}
	for _, d := range diags {
		fmt.Fprintln(stderr, label+":", d.Error())
	}
}

// configParseJob is the parse a config describes, or nil when it lists no
// pages.
func configParseJob(cfg *config.Config) (*parseJob, error) {
	if len(cfg.Pages) == 0 {
		return nil, nil
	}
	pages, err := cfg.PagePaths()
	if err != nil {
		return nil, inputError(err)
	}
	j := &parseJob{pages: pages, name: cfg.Name, strict: cfg.Strict, basePath: cfg.BasePath, protocol: cfg.Protocol}
	if j.name == "" {
		j.name = "api"
	}
	if cfg.Overrides != "" {
		j.overrides = cfg.Resolve(cfg.Overrides)
	}
	return j, nil
}

// target is what generate makes: the schema (parsed from pages, or read)
// and the package generated from it.
type target struct {
	parse      *parseJob // nil: the schema is read, not parsed
	schemaPath string    // the schema file
	source     string    // the schema's path as the header comment of the code shows it
	output     string    // the package directory
	pkg        string    // the package name; "" for the directory's name
}

// configTarget is the target a config describes.
func configTarget(cfg *config.Config) (target, error) {
	job, err := configParseJob(cfg)
	if err != nil {
		return target{}, err
	}
	t := target{
		parse:      job,
		schemaPath: cfg.Resolve(cfg.Schema),
		source:     filepath.ToSlash(filepath.Clean(filepath.FromSlash(cfg.Schema))),
		pkg:        cfg.Package,
	}
	if cfg.Output != "" {
		t.output = cfg.Resolve(cfg.Output)
	}
	return t, nil
}

// packageName is the package name of t: its own, or its directory's.
func (t *target) packageName() (string, error) {
	if t.pkg != "" {
		return t.pkg, nil
	}
	abs, err := filepath.Abs(t.output)
	if err != nil {
		return "", inputError(err)
	}
	return filepath.Base(abs), nil
}

// build is what generate makes of a target, in memory: nothing is
// written until write.
type build struct {
	// schemaPath is the schema file; schema its new bytes, nil when the
	// schema was read rather than parsed.
	schemaPath string
	schema     []byte
	// code is the generated package: file name -> bytes, for output.
	output string
	code   map[string][]byte
}

// build parses the pages (if any) and generates the code, in memory.
func (t *target) build(stderr io.Writer) (*build, error) {
	b := &build{schemaPath: t.schemaPath, output: t.output}
	var api *schema.API
	if t.parse != nil {
		data, err := t.parse.run(stderr)
		if err != nil {
			return nil, err
		}
		// Loading the saved bytes gives the API exactly as a later
		// generate from the written file will see it.
		if api, err = schema.Load(t.schemaPath, data); err != nil {
			return nil, inputError(err)
		}
		b.schema = data
	} else {
		var err error
		if api, err = loadSchema(t.schemaPath); err != nil {
			return nil, err
		}
	}
	code, err := t.generate(api)
	if err != nil {
		return nil, err
	}
	b.code = code
	return b, nil
}

// generate generates the package of t from api.
func (t *target) generate(api *schema.API) (map[string][]byte, error) {
	pkg, err := t.packageName()
	if err != nil {
		return nil, err
	}
	code, err := generator.Generate(api, generator.Options{Package: pkg, SchemaPath: t.source})
	var located schema.Diagnostics
	switch {
	case errors.As(err, &located):
		return nil, inputError(err)
	case err != nil:
		return nil, inputError(fmt.Errorf("%s: %w", t.schemaPath, err))
	}
	return code, nil
}

// write writes the build: the schema when its bytes changed, then the
// package's changed files, and removes the package's stale generated
// files. It lists what it wrote and removed on w.
func (b *build) write(w io.Writer) error {
	plan, err := files.NewPlan(b.output, b.code)
	if err != nil {
		return inputError(err)
	}
	if len(plan.Foreign) > 0 {
		_, _, err := plan.Apply()
		return inputError(err)
	}
	if b.schema != nil {
		wrote, err := files.WriteFile(b.schemaPath, b.schema)
		if err != nil {
			return inputError(err)
		}
		if wrote {
			fmt.Fprintln(w, "wrote", filepath.ToSlash(b.schemaPath))
		}
	}
	written, removed, err := plan.Apply()
	for _, name := range written {
		fmt.Fprintln(w, "wrote", filepath.ToSlash(plan.Path(name)))
	}
	for _, name := range removed {
		fmt.Fprintln(w, "removed", filepath.ToSlash(plan.Path(name)))
	}
	if len(removed) > 0 && os.Getenv("GOFILE") != "" {
		// go generate ./... lists the files of every package before it
		// runs a directive, then reads them (golang/go#36068).
		fmt.Fprintln(w, "note: go generate may now fail to open a removed file, which it listed before docs2go ran; run it again")
	}
	if err != nil {
		return inputError(err)
	}
	return nil
}

// readIfExists returns the file's bytes, or nil when there is no file.
func readIfExists(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, inputError(err)
	}
	return data, nil
}
