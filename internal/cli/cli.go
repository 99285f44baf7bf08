// Package cli is docs2go's command line: parse pages into a schema,
// generate Go code from a schema. Run is the whole program; main only
// passes it os.Args and exits with its code, so tests call Run directly.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/generator"
	"github.com/docs2go/docs2go/internal/files"
	"github.com/docs2go/docs2go/overrides"
	"github.com/docs2go/docs2go/parser"
	"github.com/docs2go/docs2go/schema"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitInput = 1 // the input is at fault: a page, a schema, a file
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
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	fmt.Fprintln(stderr, "docs2go:", strings.ReplaceAll(err.Error(), "\n", "\ndocs2go: "))
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitUsage
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "docs2go",
		Short: "Turn API documentation pages into a YAML schema and Go code",
		Long: `docs2go reads the API documentation a vendor publishes as web pages
(scraped as flattened text or Markdown tables), writes what they document
as a YAML schema, and generates Go code from the schema: structs, enums,
validators and route stubs.`,
		Example: `  docs2go parse pages/*.txt -o specs/gearn.yaml --name gearn
  docs2go generate specs/gearn.yaml -o internal/gearn --package gearn`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.AddCommand(newParse(stdout, stderr), newGenerate(stdout, stderr), newVersion(stdout))
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

func newParse(stdout, stderr io.Writer) *cobra.Command {
	var out, name, fixesPath string
	var strict bool
	cmd := &cobra.Command{
		Use:   "parse PAGE...",
		Short: "Parse documentation pages into a YAML schema",
		Long: `parse reads documentation pages and writes the schema they document.
A PAGE is a file or a directory of .txt and .md files. Pages are read
together: what a scrape lost on one page is recovered from the others.
Every recovery is reported on stderr as "page:line: recovered …";
--strict makes them errors. --overrides applies the corrections an
overrides file lists to what the pages say, reporting each on stderr; a
correction that matches nothing is a stale override, an error. Without
-o the schema goes to stdout.`,
		Example: `  docs2go parse testdata/pages/000_*.txt testdata/pages/001_*.txt -o specs/gearn.yaml
  docs2go parse pages/ --overrides specs/gearn.overrides.yaml -o specs/gearn.yaml
  docs2go parse --strict pages/ > /dev/null`,
		Args: args("one or more pages", cobra.MinimumNArgs(1)),
		RunE: func(_ *cobra.Command, a []string) error {
			pages, err := readPages(a)
			if err != nil {
				return inputError(err)
			}
			var fixes *overrides.File
			if fixesPath != "" {
				data, err := os.ReadFile(fixesPath)
				if err != nil {
					return inputError(err)
				}
				if fixes, err = overrides.Load(fixesPath, data); err != nil {
					return inputError(err)
				}
			}
			res, err := parser.Parse(pages, parser.Options{Name: name, Strict: strict})
			for _, w := range res.Warnings {
				fmt.Fprintln(stderr, "warning:", w.Error())
			}
			if err != nil {
				return inputError(err)
			}
			if fixes != nil {
				applied, err := fixes.Apply(res.API)
				for _, n := range applied {
					fmt.Fprintln(stderr, "override:", n.Error())
				}
				if err != nil {
					return inputError(err)
				}
			}
			data, err := schema.Save(res.API)
			if err != nil {
				return inputError(err)
			}
			if out == "" {
				_, err = stdout.Write(data)
				return err
			}
			if _, err := files.WriteFile(out, data); err != nil {
				return inputError(err)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the schema to this file")
	cmd.Flags().StringVar(&name, "name", "api", "the API's short name, written into the schema")
	cmd.Flags().BoolVar(&strict, "strict", false, "treat every recovery as an error")
	cmd.Flags().StringVar(&fixesPath, "overrides", "", "apply the corrections this overrides file lists")
	return cmd
}

// readPages reads the named files, and the .txt and .md files of the named
// directories, in the order given.
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
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".txt" || ext == ".md") {
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

func newGenerate(stdout, _ io.Writer) *cobra.Command {
	var dir, pkg string
	cmd := &cobra.Command{
		Use:   "generate SCHEMA",
		Short: "Generate a Go package from a YAML schema",
		Long: `generate writes one Go package from a schema: structs, enums, validators
and route stubs. Files whose bytes did not change are left alone; each
changed file is written to a temporary file and renamed into place.`,
		Example: `  docs2go generate specs/gearn.yaml -o internal/gearn --package gearn
  //go:generate go run github.com/docs2go/docs2go/cmd/docs2go generate ../../specs/gearn.yaml -o . --package gearn`,
		Args: args("one schema file", cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, a []string) error {
			if dir == "" {
				return usageError(errors.New("generate: -o DIR is required"))
			}
			if pkg == "" {
				pkg = filepath.Base(filepath.Clean(dir))
			}
			data, err := os.ReadFile(a[0])
			if err != nil {
				return inputError(err)
			}
			api, err := schema.Load(a[0], data)
			if err != nil {
				return inputError(err)
			}
			out, err := generator.Generate(api, generator.Options{Package: pkg, SchemaPath: filepath.ToSlash(a[0])})
			if err != nil {
				return inputError(err)
			}
			written, err := files.WriteAll(dir, out)
			if err != nil {
				return inputError(err)
			}
			for _, w := range written {
				fmt.Fprintln(stdout, filepath.Join(dir, w))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&dir, "output", "o", "", "the directory to write the package to")
	cmd.Flags().StringVar(&pkg, "package", "", "the Go package name (default: the directory's name)")
	return cmd
}

func newVersion(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print docs2go's version",
		Args:  args("no arguments", cobra.NoArgs),
		Run: func(*cobra.Command, []string) {
			v := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			fmt.Fprintln(stdout, "docs2go", v)
		},
	}
}
