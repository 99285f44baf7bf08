// Package cli is docs2go's command line: parse pages into a schema,
// generate Go code from a schema, check that both are up to date, compare
// two schemas, export one as OpenAPI. Run is the whole program; main only
// passes it os.Args and exits with its code, so tests call Run directly.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/internal/config"
	"github.com/docs2go/docs2go/internal/files"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitInput = 1 // the input is at fault: a page, a schema, a file; or check found drift
	ExitUsage = 2 // the command line is at fault
)

// exitError carries the exit code an error should end the program with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func inputError(err error) error { return &exitError{ExitInput, err} }
func usageError(err error) error { return &exitError{ExitUsage, err} }

// Run executes docs2go with args (without the program name) and returns
// the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := a.root()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		// An indented line continues the message above: an overrides
		// entry, printed as it is so that it can be pasted.
		if !strings.HasPrefix(line, " ") {
			line = "docs2go: " + line
		}
		fmt.Fprintln(stderr, line)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitUsage
}

// app is one run of the program: where it writes, and the flags every
// command shares.
type app struct {
	stdout, stderr io.Writer
	// configPath is --config: the config file to read instead of
	// ./docs2go.yaml.
	configPath string
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "docs2go",
		Short: "Turn API documentation pages into a YAML schema and Go code",
		Long: `docs2go reads the API documentation a vendor publishes as web pages
(saved as HTML, or scraped as Markdown, pipe-separated, one cell per
line or flattened text), writes what they document
as a YAML schema, and generates Go code from the schema: structs, enums,
validators and route stubs.

docs2go fetch takes the pages straight from the vendor's docs site.

In a repository with a docs2go.yaml (see "docs2go help config"), fetch,
parse, generate, check and openapi take their inputs from it when given
none.`,
		Example: `  docs2go fetch https://docs.example.com/api/ -o pages/
  docs2go parse pages/*.txt -o specs/gearn.yaml --name gearn
  docs2go generate specs/gearn.yaml -o internal/gearn --package gearn
  docs2go generate     # what docs2go.yaml says: pages → schema → code
  docs2go check        # exit 1 when the committed schema or code is stale
  docs2go fetch && docs2go generate   # the whole job, from the site`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.PersistentFlags().StringVar(&a.configPath, "config", "", "read this config file instead of ./"+config.FileName)
	root.AddCommand(a.fetchCmd(), a.parseCmd(), a.generateCmd(), a.checkCmd(), a.diffCmd(), a.openapiCmd(), a.versionCmd(), configHelp())
	return root
}

func args(n string, check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return usageError(fmt.Errorf("%s: %w (want %s)", cmd.Name(), err, n))
		}
		return nil
	}
}

// config returns the config file a command takes its inputs from:
// --config FILE, else ./docs2go.yaml when it exists, else nil.
func (a *app) config() (*config.Config, error) {
	if a.configPath != "" {
		c, err := config.Load(a.configPath)
		if err != nil {
			return nil, inputError(err)
		}
		return c, nil
	}
	c, err := config.Find()
	if err != nil {
		return nil, inputError(err)
	}
	return c, nil
}

// noConfig refuses --config for a command given its inputs as arguments:
// it would not read the file.
func (a *app) noConfig(cmd *cobra.Command) error {
	if a.configPath != "" {
		return usageError(fmt.Errorf("%s: --config names a config file, but the arguments already say what to read: give one or the other", cmd.Name()))
	}
	return nil
}

// schemaTarget returns what a command given at most one SCHEMA reads: the
// schema given, or, given none, the target of docs2go.yaml.
func (a *app) schemaTarget(cmd *cobra.Command, args []string) (target, error) {
	if len(args) == 1 {
		if err := a.noConfig(cmd); err != nil {
			return target{}, err
		}
		return target{schemaPath: args[0], source: filepath.ToSlash(args[0])}, nil
	}
	cfg, err := a.needConfig(cmd, "a SCHEMA")
	if err != nil {
		return target{}, err
	}
	return configTarget(cfg)
}

// needConfig returns the config of a command given no inputs, or a usage
// error saying what to give.
func (a *app) needConfig(cmd *cobra.Command, what string) (*config.Config, error) {
	c, err := a.config()
	if err != nil || c != nil {
		return c, err
	}
	return nil, usageError(fmt.Errorf("%s: no %s here: give %s, or write a %s (see docs2go help config)", cmd.Name(), config.FileName, what, config.FileName))
}

func configHelp() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "The docs2go.yaml file",
		Long: `A docs2go.yaml says what docs2go makes in a repository, as sqlc.yaml does
for sqlc. The commands read ./docs2go.yaml when they are given no inputs
(--config FILE reads another file); flags override what it says.

  name: gearn                # the API's short name (default "api")
  source:                    # the docs site docs2go fetch crawls
    start: https://docs.example.com/api/    # a URL, or a list of them
    prefix: https://docs.example.com/api/   # follow only links under it (default: start's folder)
    dir: docs/gearn          # the folder the pages are saved in
  pages:                     # the pages, in order: globs, files or directories
    - docs/gearn/*.txt       # (default with a source: its dir)
  schema: specs/gearn.yaml   # required: where the schema is committed
  overrides: specs/gearn.overrides.yaml  # corrections applied after parsing
  output: internal/gearn     # the directory of the generated package
  package: gearn             # its name (default: the directory's name)
  strict: false              # true: every recovery of the parser is an error
  basePath: /service/v5      # the base of the paths of pages without an example request
  protocol: gearn            # gearn or http-status, for pages whose marks do not tell it

Paths are relative to the file's directory. An unknown key is an error at
its line. Without pages, the schema is the input: generate and check then
work from the committed schema alone.

  docs2go fetch      site → pages
  docs2go parse      pages → schema
  docs2go generate   pages → schema → code (schema → code without pages)
  docs2go check      exit 1 when generate would change anything; writes nothing
  docs2go check --fetch   exit 1 when the site now gives another schema
  docs2go openapi    schema → OpenAPI 3.1 (stdout, or -o FILE)`,
	}
}

func (a *app) parseCmd() *cobra.Command {
	var out, name, fixesPath, protocol string
	var strict, verbose bool
	cmd := &cobra.Command{
		Use:   "parse [PAGE...]",
		Short: "Parse documentation pages into a YAML schema",
		Long: `parse reads documentation pages and writes the schema they document.
A PAGE is a file or a directory of pages (its files of every style's
extensions, and of the containers a page comes in:
` + strings.Join(parser.Extensions(), " ") + `).
When pages are at fault, each page's first errors are shown, with its
first recoveries among them by line (-v: every one), then a count of
the rest of that page's; a line at fault has one error, the one that
knows most (one that prints the override to write, else one that knows
the line's section). Pages are read
together: what a scrape lost on one page is recovered from the others.
Recoveries are reported on stderr as "page:line: recovered …": the
first five of each page, twenty in all, then a line that counts them;
-v lists every one, --strict makes them errors. --overrides applies the corrections an
overrides file lists to what the pages say, reporting each on stderr; a
correction that matches nothing is a stale override, an error. A row
that lost its field's name or type, which no page tells, is a hole: its
error prints the overrides fix that fills it, ready to paste, and the
overrides fill it. Without -o the schema goes to stdout.

Each page's protocol (GearN's, or http-status: an API whose HTTP status
codes carry the outcome, as Kakao Games') is told by the marks of its
vendor's structure it bears; a page whose marks are too few, or of both,
is refused at its first line. --protocol gearn (or http-status) gives the
protocol of every page.

Given no PAGE, parse does what docs2go.yaml says: it reads its pages with
its name, overrides and strict setting, and writes its schema; the flags
override each. Given PAGEs, it reads no config file.`,
		Example: `  docs2go parse testdata/pages/000_*.txt testdata/pages/001_*.txt -o specs/gearn.yaml
  docs2go parse pages/ --overrides specs/gearn.overrides.yaml -o specs/gearn.yaml
  docs2go parse --strict pages/ > /dev/null
  docs2go parse --protocol gearn getTitleData.txt -o specs/gearn.yaml
  docs2go parse        # docs2go.yaml's pages into its schema`,
		RunE: func(cmd *cobra.Command, pages []string) error {
			job := parseJob{pages: pages, name: name, strict: strict, overrides: fixesPath, protocol: schema.Protocol(protocol), all: verbose}
			dest := out
			if len(pages) > 0 {
				if err := a.noConfig(cmd); err != nil {
					return err
				}
			} else {
				cfg, err := a.needConfig(cmd, "one or more pages")
				if err != nil {
					return err
				}
				j, err := configParseJob(cfg)
				if err != nil {
					return err
				}
				if j == nil {
					return inputError(fmt.Errorf("%s lists no pages: give PAGE arguments, or add pages to it", cfg.Path))
				}
				job = *j
				job.all = verbose
				flags := cmd.Flags()
				if flags.Changed("name") {
					job.name = name
				}
				if flags.Changed("strict") {
					job.strict = strict
				}
				if flags.Changed("overrides") {
					job.overrides = fixesPath
				}
				if flags.Changed("protocol") {
					job.protocol = schema.Protocol(protocol)
				}
				if !flags.Changed("output") {
					dest = cfg.Resolve(cfg.Schema)
				}
			}
			data, err := job.run(a.stderr)
			if err != nil {
				return err
			}
			return a.output(dest, data)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the schema to this file")
	cmd.Flags().StringVar(&name, "name", "api", "the API's short name, written into the schema")
	cmd.Flags().BoolVar(&strict, "strict", false, "treat every recovery as an error")
	cmd.Flags().StringVar(&fixesPath, "overrides", "", "apply the corrections this overrides file lists")
	cmd.Flags().StringVar(&protocol, "protocol", "", "the protocol of the pages, gearn or http-status (default: told by each page's marks)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every recovery of the parser, not the first ones and their count")
	return cmd
}

// output writes what a command makes to the file dest, atomically, or
// to stdout when dest is "".
func (a *app) output(dest string, data []byte) error {
	if dest == "" {
		_, err := a.stdout.Write(data)
		return err
	}
	if _, err := files.WriteFile(dest, data); err != nil {
		return inputError(err)
	}
	return nil
}

// readPages reads the named files, and the files of the named directories
// whose extension is a page style's, in the order given.
func readPages(paths []string) ([]parser.Page, error) {
	var pages []parser.Page
	seen := map[string]string{}
	add := func(path string) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name := filepath.Base(path)
		if prev, ok := seen[name]; ok {
			return fmt.Errorf("%s and %s have the same name; pages are named by their file name", prev, path)
		}
		seen[name] = path
		pages = append(pages, parser.Page{Name: name, Data: data})
		return nil
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if err := add(p); err != nil {
				return nil, err
			}
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, e := range entries {
			if !e.IsDir() && slices.Contains(parser.Extensions(), strings.ToLower(filepath.Ext(e.Name()))) {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			if err := add(filepath.Join(p, n)); err != nil {
				return nil, err
			}
		}
	}
	return pages, nil
}

func (a *app) generateCmd() *cobra.Command {
	var dir, pkg string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "generate [SCHEMA]",
		Short: "Generate a Go package from a YAML schema",
		Long: `generate writes one Go package from a schema: structs, enums, validators
and route stubs. Files whose bytes did not change are left alone; each
changed file is written to a temporary file and renamed into place. A
file of the directory that starts with "` + files.Header + `"
and is no longer generated is removed; any other file is never touched,
and generate refuses to overwrite one.

Given no SCHEMA, generate does what docs2go.yaml says: it parses its pages
into its schema (when it lists pages), then generates the package into its
output; -o and --package override. It counts the parser's recoveries on
stderr; -v lists them. docs2go check tells whether this would change
anything. Given a SCHEMA, it reads no config file.`,
		Example: `  docs2go generate specs/gearn.yaml -o internal/gearn --package gearn
  //go:generate go run github.com/docs2go/docs2go/cmd/docs2go generate`,
		Args: args("at most one schema file", cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, a2 []string) error {
			t, err := a.schemaTarget(cmd, a2)
			if err != nil {
				return err
			}
			switch {
			case dir != "":
				t.output = dir
			case len(a2) == 1:
				return usageError(errors.New("generate: -o DIR is required"))
			}
			if pkg != "" {
				t.pkg = pkg
			}
			if t.parse != nil {
				t.parse.quiet, t.parse.all = !verbose, verbose
			}
			if t.output == "" {
				return inputError(fmt.Errorf("%s has no output: say where the package goes, or pass -o DIR", a.configName()))
			}
			b, err := t.build(a.stderr)
			if err != nil {
				return err
			}
			return b.write(a.stdout)
		},
	}
	cmd.Flags().StringVarP(&dir, "output", "o", "", "the directory to write the package to")
	cmd.Flags().StringVar(&pkg, "package", "", "the Go package name (default: the directory's name)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each recovery of the parser, not their count")
	return cmd
}

// configName names the config file in messages.
func (a *app) configName() string {
	if a.configPath != "" {
		return a.configPath
	}
	return config.FileName
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print docs2go's version",
		Args:  args("no arguments", cobra.NoArgs),
		Run: func(*cobra.Command, []string) {
			fmt.Fprintln(a.stdout, "docs2go", version())
		},
	}
}

// loadSchema reads and validates the schema file at path.
func loadSchema(path string) (*schema.API, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, inputError(err)
	}
	api, err := schema.Load(path, data)
	if err != nil {
		return nil, inputError(err)
	}
	return api, nil
}
